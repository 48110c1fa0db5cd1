extension Lexicon {
    /// Determiners before a year that names something ("the 1997 Landmine Ban Treaty", "its 2022 World Cup").
    static let yearDeterminers: WordSet = ["the", "a", "an", "its", "their", "this", "that"]
    // MARK: Not claims

    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Months that are also ordinary words: a date only with a number right after.
    static let ambiguousMonths: WordSet = ["may", "march", "mar", "jan", "dec"]
    static let durationUnits: WordSet = [
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "night",
        "nights",
        "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
        "weekend", "weekends", "fortnight", "fortnights", "season", "seasons", "term", "terms", "round", "rounds",
    ]
    static let timeWords: WordSet = [
        "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "hrs", "o'clock", "cet", "est", "edt", "bst",
    ]
    /// Words before a number that make it a name or a label ("Paragraph 4", "Flight 17").
    static let labelWords: WordSet = [
        "paragraph", "paragraphs", "article", "articles", "section", "sections", "chapter", "chapters", "resolution",
        "no", "no.", "nos", "number", "page", "pages", "route", "flight", "highway", "road", "level", "phase", "grade",
        "category",
        "class", "room", "platform", "gate", "block", "building", "unit", "brigade", "division", "battalion",
        "regiment",
        "corps", "district", "zone", "sector", "point", "checkpoint", "post", "kilometre", "kilometer", "km", "mile",
        "volume", "vol", "figure", "fig", "table", "episode", "season", "part", "item", "clause", "act", "law",
        "decree",
        "order", "protocol", "line", "lines", "channel", "tv", "radio", "covid", "model", "version", "type", "series",
        "group", "pillar", "stage", "step", "point", "height", "hill", "quota", "box", "apartment", "floor", "suite",
        "house",
        "street", "avenue", "camp", "base", "g", "top", "top-", "league", "cup", "world", "sub", "under", "aged", "age",
        "ages",
        "tier", "exit", "terminal", "bus", "train", "mark", "plan", "day", "week", "month", "year", "half", "quarter",
    ]
    /// Words after a number that make it a measure or a share, never a count of the categories.
    static let measureWords: WordSet = [
        "percent", "per", "pct", "%", "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile",
        "metres",
        "meters", "metre", "meter", "m2", "sq", "square", "hectares", "hectare", "acres", "acre", "kg", "kilograms",
        "kilogrammes",
        "tonnes", "tons", "tonne", "ton", "litres", "liters", "gallons", "barrels", "degrees", "degree", "mm", "cm",
        "ft", "feet",
        "foot", "inches", "inch", "magnitude", "points", "votes", "seats", "mph", "kph", "kmh", "knots", "times",
        "fold",
        "year-old", "years-old", "year-olds", "storey", "storeys", "km2", "miles2", "grams", "mw", "gw", "kw", "bpd",
    ]
    /// Ordinal suffixes glued to digits ("1st", "22nd").
    static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th", "s", "'s"]

    // MARK: Not claims: marks and small words around the number

    /// Words and marks between two numbers that chain a date ("November 22 and 23", "22-23 May").
    static let dateJoiners: WordSet = [",", "and", "or", "-", "to", "&"]
    /// Marks glued before digits that make a name or a label ("#3", "1/2", ".5").
    static let nameMarks: WordSet = ["#", "/", "."]
    /// Marks glued after digits that make a share or a label ("40%", "90's", "24/7").
    static let suffixMarks: WordSet = ["%", "'", "/"]
    /// Marks that may close an age in apposition ("Smith, 34, was").
    static let ageEnders: WordSet = [",", ")", ".", ";"]
    /// Words after "Smith, 34," that make the number a count in a list, not an age.
    static let ageJoiners: WordSet = ["and", "or"]
    /// Words before "one" that make it no count ("no one", "each one").
    static let notCountDeterminers: WordSet = ["no", "not", "any", "every", "each", "the", "this", "that", "which"]
}
