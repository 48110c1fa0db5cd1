extension Lexicon {
    // MARK: What a count covers (report), singular lower-case words as `SubjectKindTable.words` gives them

    /// Phrases that make a count cover a period or what is left rather than one moment's toll, with
    /// the scope they name: "313 deaths recorded last year", "1,000 minefields remain".
    static let countScopePhrases: [(phrase: [String], scope: String)] = [
        (["last", "year"], "last year"), (["this", "year"], "this year"), (["a", "year"], "yearly"),
        (["per", "year"], "yearly"), (["each", "year"], "yearly"), (["every", "year"], "yearly"),
        (["annual"], "yearly"), (["annually"], "yearly"), (["yearly"], "yearly"),
        (["remain"], "remaining"), (["remaining"], "remaining"),
    ]

    /// Words before a year that make a count cover it ("in 2023", "since 2015").
    static let yearScopeWords: WordSet = ["in", "since", "during", "throughout"]
}
