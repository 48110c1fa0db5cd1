public import Foundation

/// Maps the words that name a speaker ("Baku", "the Azeri Defense Ministry") to a canonical
/// entity ("Government of Azerbaijan", "Ministry of Defence of Azerbaijan").
///
/// The table is plain text, one entry per line, `#` starts a comment:
///
///     Canonical Name = alias; alias; alias
///     @country Azerbaijan = Azerbaijan; Azerbaijani; Azeri; Baku
///     @institution Ministry of Defence = defence ministry; defense ministry; ministry of defense
///
/// A plain line names exact aliases (matched case-insensitively, a leading "the" and a
/// possessive "'s" ignored). `@country` and `@institution` lines combine: a speaker that names
/// a country and an institution becomes "Institution of Country"; a country with only a
/// generic word ("authorities", "government", "officials") or nothing becomes
/// "Government of Country". Unknown speakers get no entity: nothing is invented.
public struct SpeakerAliases: Sendable {
    /// Normalised alias → canonical name.
    public private(set) var exact: [String: String] = [:]
    /// Normalised country word → country name.
    public private(set) var countries: [String: String] = [:]
    /// Normalised institution phrase → institution name (longest phrase in a speaker wins).
    public private(set) var institutions: [String: String] = [:]

    /// Creates an empty table (use `SpeakerAliases.default` for the shipped one).
    public init() {}

    /// Creates a table from text in the documented format, after `base`'s entries.
    public init(text: String, base: SpeakerAliases = SpeakerAliases()) {
        self = base
        merge(text: text)
    }

    /// The shipped table.
    public static let `default` = SpeakerAliases(text: SpeakerAliases.defaultTable)

    /// The defaults merged with the entries of the file at `url` (the user's entries win).
    public static func load(contentsOf url: URL) throws -> SpeakerAliases {
        let text = try String(contentsOf: url, encoding: .utf8)
        return SpeakerAliases(text: text, base: .default)
    }

    /// Adds the entries of `text` (later entries win).
    public mutating func merge(text: String) {
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if let hash = line.firstIndex(of: "#") { line = String(line[..<hash]).trimmingCharacters(in: .whitespaces) }
            guard let eq = line.firstIndex(of: "=") else { continue }
            var name = line[..<eq].trimmingCharacters(in: .whitespaces)
            let aliases = line[line.index(after: eq)...].split(separator: ";").map { Self.normalise(String($0)) }.filter
            { !$0.isEmpty }
            if name.hasPrefix("@country ") {
                name = String(name.dropFirst(9)).trimmingCharacters(in: .whitespaces)
                for a in aliases + [Self.normalise(name)] { countries[a] = name }
            } else if name.hasPrefix("@institution ") {
                name = String(name.dropFirst(13)).trimmingCharacters(in: .whitespaces)
                for a in aliases + [Self.normalise(name)] { institutions[a] = name }
            } else if !name.isEmpty {
                for a in aliases + [Self.normalise(name)] { exact[a] = name }
            }
        }
    }

    /// The canonical entity for a speaker's words, or nil when the table does not know it.
    public func entity(for speaker: String) -> String? {
        let key = Self.normalise(speaker)
        guard !key.isEmpty else { return nil }
        if let e = exact[key] { return e }
        let words = key.spacedWords().map(String.init)
        guard words.count <= 16 else { return nil }
        var country: String?
        var countryWords = Set<Int>()
        for i in words.indices {
            if i + 1 < words.count, let c = countries[words[i] + " " + words[i + 1]] {
                if country != nil && country != c { return nil }
                country = c; countryWords.formUnion([i, i + 1])
            } else if let c = countries[words[i]], !countryWords.contains(i) {
                if country != nil && country != c { return nil }
                country = c; countryWords.insert(i)
            }
        }
        var rest = words.indices.filter { !countryWords.contains($0) }.map { words[$0] }
        var institution: String?
        search: for length in stride(from: min(rest.count, 6), through: 1, by: -1) {
            for start in 0...(rest.count - length) {
                if let name = institutions[rest[start..<(start + length)].joined(separator: " ")] {
                    institution = name
                    rest.removeSubrange(start..<(start + length))
                    break search
                }
            }
        }
        if let country, let institution { return institution + " of " + country }
        // A known multi-word name inside a longer speaker: "Azerbaijani leader Ilham Aliyev".
        for length in stride(from: min(words.count - 1, 6), through: 2, by: -1) {
            for start in 0...(words.count - length) {
                if let name = exact[words[start..<(start + length)].joined(separator: " ")] { return name }
            }
        }
        if let country {
            let remaining = rest.joined(separator: " ")
            if remaining.isEmpty || Lexicon.governmentWords.contains(remaining) { return "Government of " + country }
        }
        return nil
    }

    /// Lower case, typographic quotes folded, a leading "the" and possessive "'s" dropped, single spaces.
    static func normalise(_ s: String) -> String {
        var out = ""
        var lastSpace = true
        for scalar in s.lowercased().unicodeScalars {
            var c = scalar
            if c == "\u{2019}" || c == "\u{2018}" { c = "'" }
            if c == "." || c == "," || c == "\"" || c == "\u{201C}" || c == "\u{201D}" || c == "(" || c == ")" {
                continue
            }
            if c == " " || c == "\t" || c == "\u{A0}" || c == "-" {
                if !lastSpace { out.append(" ") }
                lastSpace = true
                continue
            }
            out.unicodeScalars.append(c)
            lastSpace = false
        }
        if out.hasSuffix(" ") { out.removeLast() }
        out = out.replacingOccurrences(of: "'s ", with: " ")
        if out.hasSuffix("'s") { out.removeLast(2) }
        if out.hasSuffix("'") { out.removeLast() }
        if out.hasPrefix("the ") { out.removeFirst(4) }
        return out
    }

    /// The shipped entries: countries, institutions and a few well-known names.
    public static let defaultTable = """
        # Countries: the country name, its adjectives and its capital (a capital stands for the government).
        @country Azerbaijan = Azerbaijan; Azerbaijani; Azeri; Azerbaijan's; Baku; Republic of Azerbaijan
        @country Armenia = Armenia; Armenian; Yerevan; Republic of Armenia
        @country Russia = Russia; Russian; Moscow; Kremlin; Russian Federation
        @country Turkey = Turkey; Turkish; Türkiye; Turkiye; Ankara
        @country Ukraine = Ukraine; Ukrainian; Kyiv; Kiev
        @country Georgia = Georgian; Tbilisi
        @country Iran = Iran; Iranian; Tehran
        @country Israel = Israel; Israeli; Jerusalem
        @country United States = United States; US; U.S.; USA; American; Washington; White House
        @country United Kingdom = United Kingdom; UK; U.K.; Britain; British; London; Downing Street
        @country France = France; French; Paris; Elysee
        @country Germany = Germany; German; Berlin
        @country China = China; Chinese; Beijing
        @country Syria = Syria; Syrian; Damascus
        @country Iraq = Iraq; Iraqi; Baghdad
        @country Lebanon = Lebanon; Lebanese; Beirut
        @country Sudan = Sudan; Sudanese; Khartoum
        @country Afghanistan = Afghanistan; Afghan; Kabul
        @country Pakistan = Pakistan; Pakistani; Islamabad
        @country India = India; Indian; New Delhi
        @country Kazakhstan = Kazakhstan; Kazakh; Astana
        @country Belarus = Belarus; Belarusian; Minsk
        # Institutions: "Azeri Defense Ministry", "Ministry of Defense of Azerbaijan", "Baku's defence ministry" ...
        @institution Ministry of Defence = defence ministry; defense ministry; ministry of defence; ministry of defense; mod; defence ministry press service; defense ministry press service
        @institution Ministry of Foreign Affairs = foreign ministry; ministry of foreign affairs; foreign affairs ministry; mfa; foreign office; foreign ministry spokesperson; foreign ministry spokesman
        @institution Ministry of Internal Affairs = interior ministry; ministry of internal affairs; ministry of interior; ministry of the interior; internal affairs ministry; home ministry
        @institution Ministry of Emergency Situations = emergency situations ministry; ministry of emergency situations; emergencies ministry; ministry of emergencies
        @institution Ministry of Health = health ministry; ministry of health
        @institution State Security Service = security service; security services; state security service; state security services; intelligence service
        @institution President = president; president's office; presidential administration; presidency; presidential office
        @institution Prime Minister = prime minister; premier; pm
        @institution Prosecutor General = prosecutor general's office; prosecutor general; prosecutor's office; general prosecutor's office
        @institution Armed Forces = army; armed forces; military; general staff; military command; defence forces; defense forces
        @institution Police = police
        @institution Mine Action Agency = mine action agency; national mine action agency; anama
        # Bodies without a state of their own.
        Karabakh Armenian authorities = Stepanakert; Karabakh authorities; Nagorno-Karabakh authorities; Karabakh separatist authorities; separatist authorities in Karabakh; ethnic Armenian authorities; Karabakh Armenian authorities; Armenian ethnic authorities; Karabakh's ethnic Armenian authorities; authorities in Stepanakert; Karabakh Armenian leadership; separatist leadership
        Mine Action Agency of Azerbaijan = ANAMA; Azerbaijan National Agency for Mine Action; Mine Action Agency of Azerbaijan
        State Security Service of Azerbaijan = DTX; Azerbaijan's State Security Service
        EU Mission in Armenia = EUMA; EU monitoring mission; European Union Mission in Armenia
        Russian peacekeeping contingent = Russian peacekeepers; Russian peacekeeping contingent; Russian peacekeeping mission; peacekeeping contingent
        # People and bodies known by name.
        President of Azerbaijan = Ilham Aliyev; Aliyev; President Ilham Aliyev; President Aliyev
        Prime Minister of Armenia = Nikol Pashinyan; Pashinyan
        President of Russia = Vladimir Putin; Putin
        Government of Russia = Kremlin; the Kremlin; Moscow
        Ministry of Defence of Russia = Russian Defence Ministry; Russian Defense Ministry
        President of Ukraine = Volodymyr Zelensky; Zelensky; Zelenskyy
        President of Turkey = Recep Tayyip Erdogan; Erdogan; Erdoğan
        United Nations = UN; U.N.; United Nations; UN Secretary-General; UN spokesperson; UN spokesman
        Office for the Coordination of Humanitarian Affairs = OCHA; UN OCHA; UN humanitarian office; United Nations humanitarian office
        UN Refugee Agency = UNHCR; UN refugee agency; United Nations refugee agency
        UNICEF = UNICEF; UN children's agency; United Nations Children's Fund
        World Health Organization = WHO; World Health Organization; World Health Organisation
        International Committee of the Red Cross = ICRC; Red Cross; International Committee of the Red Cross
        Human Rights Watch = HRW; Human Rights Watch
        Amnesty International = Amnesty; Amnesty International
        European Union = EU; European Union; European Commission; Brussels
        NATO = NATO; North Atlantic Treaty Organization; the alliance
        Department of Defense of the United States = Pentagon; the Pentagon; US Department of Defense; U.S. Department of Defense
        Armed Conflict Location and Event Data Project = ACLED
        """
}
