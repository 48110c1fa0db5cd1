/// Finds the attributed speaker of each sentence and resolves "it said", "they added",
/// "the ministry noted" to the most recent compatible speaker of the article.
///
/// One finder reads one article in order: it remembers the speakers it has seen.
struct SpeakerFinder {
    /// Speakers seen so far, most recent last (the resolved words).
    private(set) var history = RecentNames()
    /// Speakers and named institutions ("the Ministry of Defense") seen so far, most recent last:
    /// what "the ministry said" may point back to.
    private(set) var referents = RecentNames()

    /// Capitalised sentence subjects ("Azerbaijan launched ..."), for an "it said" with no earlier speaker.
    private(set) var subjects = RecentNames()

    /// Institution nouns whose capitalised names are remembered even when they do not speak.
    static let institutionNouns: Set<String> = ["ministry", "agency", "service", "services", "office", "department", "committee", "commission"]

    /// Nouns that "the X said" can point back to.
    static let referringNouns: Set<String> = [
        "ministry", "statement", "report", "agency", "army", "military", "police", "service", "services", "office", "government",
        "president", "minister", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "website", "channel",
        "outlet", "newspaper", "group", "committee", "commission", "department", "prosecutor", "command", "authorities",
        "organisation", "organization", "source", "sources", "communique", "embassy", "mission", "council", "premier", "leader",
    ]
    /// Words for a statement: "the statement added" points to the last speaker of any kind.
    static let documentNouns: Set<String> = ["statement", "report", "communique", "release", "press", "note", "message", "post", "letter"]
    /// Words that make a speaker a person (for "he said"/"she said").
    static let personWords: Set<String> = [
        "president", "minister", "spokesman", "spokeswoman", "spokesperson", "official", "commander", "leader", "mayor",
        "governor", "secretary", "ambassador", "envoy", "general", "chief", "head", "director", "aide", "adviser", "advisor",
        "premier", "deputy", "lawmaker", "senator", "mp", "he", "she", "colonel", "lieutenant", "captain", "major", "sergeant",
        "analyst", "expert", "witness", "resident", "doctor", "journalist", "reporter", "professor", "chairman", "chairwoman",
        "commissioner", "superintendent", "inspector", "sheriff", "detective", "constable", "coroner", "judge", "attorney",
        "lawyer", "councillor", "councilman", "councilwoman", "congressman", "congresswoman", "manager", "ceo", "founder",
        "owner", "coach", "surgeon", "physician", "nurse", "paramedic", "firefighter", "officer", "medic", "survivor", "eyewitness",
    ]
    /// Headline labels that are not speakers ("Read more: ...", "... : Report").
    static let headlineLabels: Set<String> = [
        "read more", "read also", "see also", "watch", "live", "update", "updates", "last update", "breaking", "exclusive",
        "opinion", "analysis", "video", "photos", "photo", "editorial", "explainer", "interview", "timeline", "report",
        "reports", "comment", "review", "factbox", "fact check", "q&a", "listen", "podcast", "related", "source", "sources",
        "tags", "topics", "category", "posted", "published", "updated", "by", "breaking news", "latest", "live updates",
        "just in", "in pictures", "world", "international", "politics", "business", "news", "world news", "europe", "asia",
        "middle east", "africa", "americas", "region", "local", "national", "security", "defence", "defense", "war",
    ]
    /// Words naming an event rather than a speaker, in a headline's "X:" label.
    static let eventWords: Set<String> = [
        "storm", "hurricane", "typhoon", "cyclone", "tornado", "flood", "floods", "flooding", "wildfire", "wildfires", "fire",
        "fires", "earthquake", "quake", "tsunami", "landslide", "avalanche", "heatwave", "drought", "blast", "explosion",
        "crash", "collapse", "shooting", "attack", "attacks", "bombing", "war", "conflict", "election", "elections", "crisis",
        "outbreak", "pandemic", "operation", "protests", "unrest", "shipwreck", "derailment", "siege", "offensive",
    ]
    /// Verbs that are too often nouns to be cues on their own.
    static let nounishVerbs: Set<String> = ["state", "states", "report", "reports", "claim", "claims", "notes", "add", "put", "puts",
                                            "estimate", "estimates", "registered", "recorded", "counted", "posted", "cited", "quoted"]

    /// Finds the sentence's attribution cues (in text order; empty for the outlet's own voice)
    /// and records their speakers for later references.
    mutating func attributions(tokens: [Token], bytes: [UInt8], isHeadline: Bool) -> [Attribution] {
        rememberInstitutions(tokens: tokens, bytes: bytes)
        let found = find(tokens: tokens, bytes: bytes, isHeadline: isHeadline)
        if !isHeadline, let (s, e) = clauseSubject(tokens), tokens[s].capitalized {
            subjects.append(text(tokens, bytes, s, e))
        }
        for cue in found where cue.kind == .speaker {
            if let s = cue.speaker, !Lexicon.pronounSpeakers.contains(s.lowercased()) {
                history.append(s)
                referents.append(s)
            }
        }
        return found
    }

    /// Records capitalised institution names of the sentence ("the Azerbaijani Ministry of Defense").
    private mutating func rememberInstitutions(tokens: [Token], bytes: [UInt8]) {
        let n = tokens.count
        var i = 0
        while i < n {
            let t = tokens[i]
            guard t.isWord, t.capitalized, Self.institutionNouns.contains(t.lower) else { i += 1; continue }
            var s = i
            while s > 0, tokens[s - 1].isWord, tokens[s - 1].capitalized || tokens[s - 1].lower.hasSuffix("'s"), i - s < 4 { s -= 1 }
            if s > 0, tokens[s - 1].is("the") { s -= 1 }
            var e = i
            var j = i + 1
            while j + 1 < n, tokens[j].is("of") || tokens[j].is("for") || tokens[j].is("and"), tokens[j + 1].isWord, tokens[j + 1].capitalized || tokens[j + 1].is("the") {
                var k = j + 1
                if tokens[k].is("the"), k + 1 < n { k += 1 }
                guard tokens[k].capitalized else { break }
                while k + 1 < n, tokens[k + 1].isWord, tokens[k + 1].capitalized { k += 1 }
                e = k
                j = k + 1
            }
            referents.append(text(tokens, bytes, s, e))
            i = e + 1
        }
    }

    private func text(_ tokens: [Token], _ bytes: [UInt8], _ from: Int, _ through: Int) -> String {
        String(decoding: bytes[tokens[from].start..<tokens[through].end], as: UTF8.self)
    }

    private func find(tokens: [Token], bytes: [UInt8], isHeadline: Bool) -> [Attribution] {
        let n = tokens.count
        var cues: [Attribution] = []
        func add(_ a: Attribution, at position: Int, through end: Int) {
            var a = a
            a.position = position
            // A comma-set cue that ends the sentence covers all of it: "..., the ministry said on Tuesday."
            a.coversSentence = position > 0 && [",", "\""].contains(tokens[position - 1].lower) && Self.closesSentence(tokens, after: end)
            var b = max(end, position) + 1
            while b + 1 < n {
                let l = tokens[b].lower
                let conjunction = l == ";" || (l == "," && ["and", "but", "while", "whereas"].contains(tokens[b + 1].lower))
                if conjunction {
                    let next = l == ";" ? b + 1 : b + 2
                    // A new actor: a capitalised word or a name after "the" (", while the Red Cross appealed ...").
                    let named = next < n && tokens[next].isWord && tokens[next].capitalized && !tokens[next].is("i")
                    let theNamed = next + 1 < n && tokens[next].is("the") && tokens[next + 1].isWord && tokens[next + 1].capitalized
                    if named || theNamed { a.clauseEnd = b; break }
                }
                b += 1
            }
            var k = min(position, n - 1)
            while k > 0 {
                let l = tokens[k].lower
                if l == ";" { break }
                if l == ",", k + 1 < n, ["and", "but", "while", "whereas", "although", "though"].contains(tokens[k + 1].lower) { break }
                k -= 1
            }
            a.clauseStart = k
            cues.append(a)
        }
        var i = 0
        while i < n, cues.count < 8 {
            let t = tokens[i]
            guard t.isWord, t.has(Lexicon.Flag.reporting) else { i += 1; continue }
            // "according to X"
            if t.is("according"), i + 2 < n, tokens[i + 1].is("to") {
                var from = i + 2
                // "according to a statement from the ministry", "according to figures released by the UN"
                if from + 2 < n, ["a", "an", "the"].contains(tokens[from].lower) || Self.documentNouns.contains(tokens[from].lower) || ["figures", "data", "estimates", "officials"].contains(tokens[from].lower) {
                    var k = from
                    while k < n, k - from < 5, !["from", "by", "of"].contains(tokens[k].lower) { k += 1 }
                    if k + 1 < n, k - from < 5, (from..<k).contains(where: { Self.documentNouns.contains(tokens[$0].lower) || ["figures", "data", "estimates", "tally", "count"].contains(tokens[$0].lower) }) {
                        from = k + 1
                    }
                }
                if let (s, e0) = speakerSpan(tokens, from: from) {
                    var e = e0
                    // "according to U.N. figures": the source, not its document.
                    let sourceWords: Set<String> = ["figures", "data", "estimates", "statistics", "tally", "count", "calculations", "reports", "report", "statement", "records"]
                    if e > s, sourceWords.contains(tokens[e].lower) { e -= 1 }
                    add(resolve(text(tokens, bytes, s, e), tokens: tokens, s: s, e: e, cue: "according to"), at: i, through: e)
                    i = e + 1; continue
                }
                i += 2; continue
            }
            if t.has(Lexicon.Flag.reporting) && !t.is("according") {
                // "the country had admitted 1.4 million refugees": these verbs report only before "that", ":" or a quote.
                if ["admitted", "admits", "acknowledged", "acknowledges", "informed", "cited", "quoted", "posted", "pointed", "recalled"].contains(t.lower),
                   !(i + 1 < n && ["that", ":", "\"", "out", ","].contains(tokens[i + 1].lower)) { i += 1; continue }
                // "the UK adds £300m": a verb whose object is an amount does not report.
                if i + 1 < n, NumberParser.startsAmount(tokens, i + 1) || (tokens[i + 1].isPunct && Lexicon.currencySymbols[tokens[i + 1].lower] != nil)
                    || NumberParser.hedge(tokens, endingBefore: min(n, i + 3)).map({ $0.0 == 2 }) == true && i + 3 < n && NumberParser.startsAmount(tokens, i + 3) {
                    if ["add", "adds", "added", "posted", "cited", "quoted"].contains(t.lower) { i += 1; continue }
                }
                // "claimed the lives of", "claimed responsibility": not a report.
                if t.is("claimed") || t.is("claims") || t.is("claim"), i + 1 < n,
                   ["the", "lives", "life", "responsibility", "victory", "credit"].contains(tokens[i + 1].lower) { i += 1; continue }
                // "it was reported", "it is estimated": no speaker.
                if i > 0, ["was", "is", "were", "been", "be", "are"].contains(tokens[i - 1].lower) {
                    if i > 1, tokens[i - 2].is("it") || tokens[i - 2].is("has") || tokens[i - 2].is("had") {
                        add(Attribution(kind: .passive, speaker: nil, cue: tokens[i - 1].lower + " " + t.lower), at: i - 2, through: i)
                    }
                    i += 1; continue
                }
                // "X said ..., but added ...": the second verb continues the speaker of this sentence.
                if i >= 2, tokens[i - 1].is("but") || tokens[i - 1].is("and"), tokens[i - 2].lower == ",",
                   let previous = cues.last, previous.kind == .speaker, !Self.nounishVerbs.contains(t.lower) {
                    add(Attribution(kind: .speaker, speaker: previous.speaker, cue: t.lower), at: i - 1, through: i)
                    i += 1; continue
                }
                if let (s, e) = leftSpeaker(tokens, verb: i) {
                    if Self.nounishVerbs.contains(t.lower) && !(e - s < 4 && (tokens[s].capitalized || Lexicon.pronounSpeakers.contains(tokens[s].lower))) {
                        i += 1; continue
                    }
                    var cue = t.lower
                    if t.is("blamed") || t.is("accused") {
                        cue = t.lower
                    }
                    let spoken = text(tokens, bytes, s, e)
                    if Lexicon.pronounSpeakers.contains(tokens[e].lower) && s == e { cue = tokens[e].lower + " " + t.lower }
                    add(resolve(spoken, tokens: tokens, s: s, e: e, cue: cue), at: s, through: i)
                    i += 1; continue
                }
                // Inverted: "..., said the ministry", "“...,” said Ministry spokesman X."
                if i > 0, tokens[i - 1].lower == "," || tokens[i - 1].lower == "\"", !Self.nounishVerbs.contains(t.lower),
                   i + 1 < n, let (s, e) = speakerSpan(tokens, from: i + 1),
                   tokens[s].capitalized || tokens[s].is("the")
                    // "..., said fire chief Ana Ruiz": a title in lower case before a name.
                    || tokens[e].capitalized && tokens[s..<e].contains(where: { !$0.capitalized && Self.personWords.contains($0.lower) })
                    || s == e && ["officials", "police", "witnesses", "residents", "medics", "doctors", "sources", "activists"].contains(tokens[s].lower) {
                    add(resolve(text(tokens, bytes, s, e), tokens: tokens, s: s, e: e, cue: t.lower), at: i, through: e)
                    i = e + 1; continue
                }
            }
            i += 1
        }
        if !cues.isEmpty { return cues }
        // Participles continue the last speaker: "..., adding that ...".
        for j in 1..<max(1, n) where j < n && tokens[j].has(Lexicon.Flag.participle) && tokens[j - 1].lower == "," {
            // The clause subject at the sentence start, when short and capitalised.
            if let (s, e) = clauseSubject(tokens) {
                return [resolve(text(tokens, bytes, s, e), tokens: tokens, s: s, e: e, cue: tokens[j].lower)]
            }
            break
        }
        // Headlines: "Azerbaijan: Six Citizens Killed ...", "... Territories: Foreign Ministry".
        if isHeadline, let colon = tokens.firstIndex(where: { $0.lower == ":" }), colon > 0 {
            let left = tokens[0..<colon].filter(\.isWord)
            let right = tokens[(colon + 1)...].filter(\.isWord)
            let leftText = text(tokens, bytes, 0, colon - 1)
            let lastLeft = left.last
            let speakerLike = lastLeft.map { $0.capitalized || Self.referringNouns.contains($0.lower) || Self.personWords.contains($0.lower) } ?? false
            // "Storm Babet: two dead", "Kakheti floods: ...": an event's name labels the story, it does not speak.
            let topic = left.contains(where: { Self.eventWords.contains($0.lower) })
            if (1...4).contains(left.count), right.count >= 3, left.first!.capitalized, speakerLike, !topic,
               !Self.headlineLabels.contains(leftText.lowercased()), !tokens[0..<colon].contains(where: { $0.isNumber }) {
                return [resolve(leftText, tokens: tokens, s: 0, e: colon - 1, cue: "headline")]
            }
            if colon + 1 < n, (1...3).contains(right.count), left.count >= 3, right.first!.capitalized,
               !tokens[(colon + 1)...].contains(where: { $0.isNumber }) {
                let rightText = text(tokens, bytes, colon + 1, n - 1)
                if !Self.headlineLabels.contains(rightText.lowercased()) {
                    return [resolve(rightText, tokens: tokens, s: colon + 1, e: n - 1, cue: "headline")]
                }
            }
        }
        return []
    }

    /// Whether a cue ending at token `end` closes its sentence ("..., the ministry said on Tuesday."):
    /// only a few words follow, none of them reported content (a number, "that", a colon, a quote, a comma).
    static func closesSentence(_ tokens: [Token], after end: Int) -> Bool {
        guard end >= 0, end < tokens.count, tokens.count - end - 1 <= 8 else { return false }
        for j in (end + 1)..<tokens.count {
            let t = tokens[j]
            if t.isNumber && !(j > 0 && Lexicon.months.contains(tokens[j - 1].lower)) { return false }
            if t.is("that") || t.lower == ":" || t.lower == "\"" || t.lower == "," { return false }
        }
        return true
    }

    /// The speaker noun phrase that ends right before the reporting verb at `verb`.
    private func leftSpeaker(_ tokens: [Token], verb: Int) -> (Int, Int)? {
        var e = verb - 1
        while e >= 0 {
            if Lexicon.speakerAuxiliaries.contains(tokens[e].lower) { e -= 1; continue }
            // "Alden on Tuesday announced", "Clark in October said": drop the time.
            if e >= 1, Lexicon.weekdays.contains(tokens[e].lower) || Lexicon.months.contains(tokens[e].lower),
               ["on", "in", "last", "this", "late", "early"].contains(tokens[e - 1].lower) { e -= 2; continue }
            break
        }
        // "Hikmet Hajiyev, an aide to the president, said": the name before the apposition;
        // "a spokesman, Colonel Reza Amini, told": the name in it.
        if e >= 2, tokens[e].lower == "," {
            var c = e - 1
            while c > 0, e - c < 14, tokens[c].lower != "," { c -= 1 }
            if c > 0, tokens[c].lower == ",", tokens[c - 1].isWord, tokens[c - 1].capitalized, let span = leftSpeaker(tokens, verb: c) {
                return span
            }
            // "The company, which employs 2,400 people, said": the noun phrase before a relative clause,
            // when it opens the sentence or a clause.
            if c > 0, tokens[c].lower == ",", c + 1 < e, ["which", "who", "whose"].contains(tokens[c + 1].lower),
               tokens[c - 1].isWord, let span = leftSpeaker(tokens, verb: c), span.0 == 0 || tokens[span.0 - 1].lower == "," {
                return span
            }
            if c > 0, tokens[c].lower == ",", c + 1 < e, tokens[c + 1].capitalized, (c + 1..<e).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }) {
                return (c + 1, e - 1)
            }
            return nil
        }
        // "The ministry did not comment, but said ...": the subject of the first clause.
        if e >= 1, ["but", "and"].contains(tokens[e].lower), tokens[e - 1].lower == ",", let (s, se) = clauseSubject(tokens), se < e { return (s, se) }
        // "The army shelled the town and said ...": a second verb of the sentence's subject.
        if e >= 1, tokens[e].is("and"), tokens[e - 1].isWord || tokens[e - 1].isNumber, let (s, se) = clauseSubject(tokens), se + 1 < e - 1,
           !(se + 2..<e).contains(where: { tokens[$0].has(Lexicon.Flag.reporting) || [",", ";", ":", "\""].contains(tokens[$0].lower) }) {
            return (s, se)
        }
        // "Sen. Smith (D-N.Y.) said": skip a parenthesis right before the verb.
        if e >= 1, tokens[e].lower == ")" {
            var c = e - 1
            while c > 0, e - c < 12, tokens[c].lower != "(" { c -= 1 }
            if tokens[c].lower == "(" { e = c - 1 }
        }
        guard e >= 0, tokens[e].isWord else { return nil }
        var s = e + 1
        var j = e
        var words = 0
        while j >= 0, words < 10 {
            let t = tokens[j]
            if t.isWord {
                let l = t.lower
                if ["that", "and", "but", "while", "as", "after", "when", "because", "which", "who", "where", "whereas", "so", "since", "though", "although", "if"].contains(l) { break }
                // ("officials from the interior ministry": "from" joins a speaker to its organisation.)
                if Lexicon.phraseStops.contains(l) && !["the", "a", "an", "of", "its", "their", "his", "her", "it", "they", "he", "she", "we", "for", "in", "on", "from"].contains(l) { return nil }
                s = j; words += 1; j -= 1; continue
            }
            if t.lower == "-" && !t.spaceBefore { j -= 1; continue }
            if t.lower == "'" && j > 0 { j -= 1; continue }
            // Titles with a dot: "Lt. Gen. John Doe".
            if t.lower == ".", j > 0, tokens[j - 1].isWord, SentenceSplitter.defaultAbbreviations.contains(tokens[j - 1].lower) { j -= 1; continue }
            break
        }
        // Trim leading prepositional openers: "In a statement, ..." never reaches here (comma), but "on Monday" may.
        while s <= e, ["of", "for", "in", "on", "from"].contains(tokens[s].lower) { s += 1 }
        guard s <= e else { return nil }
        if tokens[e].is("the") || tokens[e].is("of") || tokens[e].is("a") || tokens[e].is("an") { return nil }
        // An indefinite speaker needs a speaker noun: "a UN monitoring mission", "a spokesman".
        // ("a spokesman for the UN": the speaker noun may be followed by its organisation.)
        if tokens[s].is("a") || tokens[s].is("an"), !(s...e).contains(where: { Self.referringNouns.contains(tokens[$0].lower) || Self.personWords.contains(tokens[$0].lower)
            || ["mission", "monitor", "monitors", "source", "witness", "resident", "doctor", "diplomat"].contains(tokens[$0].lower) }) { return nil }
        // Reject spans holding or counted by a number: "two men died", "3248 cases reported".
        if tokens[s...e].contains(where: { $0.isNumber }) { return nil }
        if s > 0, tokens[s - 1].isNumber { return nil }
        // A pronoun must stand alone.
        if (s..<e).contains(where: { Lexicon.pronounSpeakers.contains(tokens[$0].lower) }) { return nil }
        // "in" and "on" inside a speaker only between capitalised words or after a noun ("the ministry in Baku").
        return (s, e)
    }

    /// A speaker noun phrase starting at `from` up to a comma, stop, quote or clause word.
    private func speakerSpan(_ tokens: [Token], from: Int) -> (Int, Int)? {
        var j = from
        var e = -1
        while j < tokens.count, j - from < 12 {
            let t = tokens[j]
            if t.isWord {
                if ["that", "which", "who", "on", "in", "at", "said", "says", "told", "when", "while", "as", "and", "to", "there", "was", "is", "has", "had", "the"].contains(t.lower), j > from {
                    if t.lower == "the" || t.lower == "and" || t.lower == "of" { j += 1; continue }
                    if t.lower == "in" || t.lower == "on", j + 1 < tokens.count, tokens[j + 1].capitalized, !Lexicon.weekdays.contains(tokens[j + 1].lower), !Lexicon.months.contains(tokens[j + 1].lower) { j += 1; continue }
                    break
                }
                e = j; j += 1; continue
            }
            if (t.lower == "-" || t.lower == "'") && !t.spaceBefore { j += 1; continue }
            break
        }
        guard e >= from else { return nil }
        var end = e
        while end > from, ["of", "the", "and", "in", "on"].contains(tokens[end].lower) { end -= 1 }
        return (from, end)
    }

    /// The sentence's leading noun phrase when short and capitalised ("Azerbaijan launched ...").
    private func clauseSubject(_ tokens: [Token]) -> (Int, Int)? {
        guard let first = tokens.first, first.isWord, first.capitalized || first.is("the"), !first.has(Lexicon.Flag.amount),
              !Self.clauseOpeners.contains(first.lower) else { return nil }
        var e = -1
        var j = 0
        while j < tokens.count, j < 6 {
            let t = tokens[j]
            if t.isWord && (t.capitalized || (j == 0 && t.is("the"))
                || (j > 0 && (SpeakerFinder.referringNouns.contains(t.lower) || Self.subjectModifiers.contains(t.lower)))) {
                e = j; j += 1; continue
            }
            if t.lower == "'" || (t.lower == "-" && !t.spaceBefore) { j += 1; continue }
            break
        }
        guard e >= 0, !(e == 0 && tokens[0].is("the")) else { return nil }
        // A verb must follow: any word that is not a preposition, article or conjunction.
        guard e + 1 < tokens.count, tokens[e + 1].isWord, !Self.notVerbs.contains(tokens[e + 1].lower) else { return nil }
        return (0, e)
    }

    /// Words that open an adverbial phrase, never a subject ("In addition to ...", "After the blast ...").
    static let clauseOpeners: Set<String> = [
        "in", "on", "at", "after", "before", "during", "since", "until", "for", "from", "with", "without", "by", "under",
        "over", "despite", "following", "amid", "among", "as", "if", "when", "while", "although", "though", "because",
        "according", "meanwhile", "however", "earlier", "later", "last", "this", "next", "yesterday", "today",
    ]
    /// Lower-case words inside an institution's name ("the defence ministry said").
    static let subjectModifiers: Set<String> = ["defence", "defense", "foreign", "interior", "health", "emergency", "state", "security", "finance", "border",
                                                "regional", "provincial", "federal", "local", "city", "national", "municipal", "district"]
    /// Words after a clause's leading noun phrase that show it is not a subject before its verb.
    static let notVerbs: Set<String> = ["of", "in", "on", "at", "and", "or", "the", "a", "an", "to", "for", "with", "by", "from", "as", "but", "that", "which", "who"]

    /// Resolves pronouns and "the ministry"-style references against the speakers seen so far.
    private func resolve(_ spoken: String, tokens: [Token], s: Int, e: Int, cue: String) -> Attribution {
        let lower = spoken.lowercased()
        if s == e, Lexicon.pronounSpeakers.contains(lower) {
            switch lower {
            case "it":
                if let r = history.last(where: { !$0.isPerson }) ?? (history.isEmpty ? subjects.last(where: { !$0.isPerson && !$0.isPlural }) : nil) {
                    return Attribution(kind: .speaker, speaker: r.name, cue: cue)
                }
            case "they":
                if let r = history.last(where: { $0.isPlural }) ?? history.last(where: { !$0.isPerson }) {
                    return Attribution(kind: .speaker, speaker: r.name, cue: cue)
                }
            case "he", "she":
                if let r = history.last(where: { $0.isPerson }) { return Attribution(kind: .speaker, speaker: r.name, cue: cue) }
            default:
                return .none
            }
            return Attribution(kind: .speaker, speaker: spoken, cue: cue)
        }
        // "Syniehubov said" after "Oleh Syniehubov": a surname repeats the person named before.
        if s == e, tokens[s].capitalized, let r = history.last(where: { h in
            h.isPerson && h.name.count > spoken.count && h.name.hasSuffix(" " + spoken)
        }) {
            return Attribution(kind: .speaker, speaker: r.name, cue: cue)
        }
        // "the ministry", "the statement", "the Ministry", "the president": a short definite reference.
        let words = tokens[s...e].filter(\.isWord).map(\.lower)
        if words.first == "the" || words.first == "this", words.count == 2, let noun = words.last, Self.referringNouns.contains(noun) {
            if Self.documentNouns.contains(noun) {
                if let r = history.last { return Attribution(kind: .speaker, speaker: r.name, cue: cue) }
            } else if let r = referents.last(where: { h in
                let hl = h.lower
                return hl != lower && hl.contains(noun) && hl.count > lower.count
            }) {
                return Attribution(kind: .speaker, speaker: r.name, cue: cue)
            }
        }
        // "the security services" after "Azeri security services": a shortened repeat of a longer name.
        if words.first == "the", (3...4).contains(words.count), let noun = words.last, Self.referringNouns.contains(noun) {
            let phrase = " " + words.dropFirst().joined(separator: " ")
            if let r = referents.last(where: { h in
                let hl = " " + h.lower
                return hl.hasSuffix(phrase) && hl.count > phrase.count + 1 && !hl.hasSuffix(" the" + phrase)
            }) {
                return Attribution(kind: .speaker, speaker: r.name, cue: cue)
            }
        }
        return Attribution(kind: .speaker, speaker: spoken, cue: cue)
    }
}
