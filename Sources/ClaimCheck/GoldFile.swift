import ClaimKit
import Foundation

/// A hand-annotated gold file (shared/gold/*.gold.json, GUIDE.md "Gold files"): per article
/// file name its outlet, date and the claims a perfect extractor finds.
public struct GoldFile: Codable, Sendable, Equatable {
    /// One annotated article.
    public struct Article: Codable, Sendable, Equatable {
        public var outlet: String?
        public var published: String?
        public var claims: [Claim]
        /// Snippets that look like numbers but are not claims (documentation for annotators).
        public var notClaims: [String]?

        /// Creates an article entry.
        public init(outlet: String? = nil, published: String? = nil, claims: [Claim], notClaims: [String]? = nil) {
            self.outlet = outlet
            self.published = published
            self.claims = claims
            self.notClaims = notClaims
        }

        enum CodingKeys: String, CodingKey {
            case outlet, published, claims
            case notClaims = "not_claims"
        }
    }

    /// One gold claim: what must be found, and the keywords its speaker and subject must hold.
    public struct Claim: Codable, Sendable, Equatable {
        public var category: String
        /// The value; nil accepts any value (a vague amount).
        public var value: Double?
        public var upper: Double?
        public var qualifier: String?
        /// Keywords, any of which the predicted subject must contain.
        public var subject: [String]
        /// Keywords, any of which the predicted speaker (plus entity) must contain; "" accepts no speaker.
        public var speaker: [String]
        /// A short exact snippet of the claim's sentence.
        public var anchor: String
        /// The cross-outlet fact this claim belongs to.
        public var group: String?
        /// Neither required nor a false positive when found.
        public var optional: Bool
        public var unit: String?
        public var note: String?

        /// Creates a gold claim.
        public init(
            category: String, value: Double?, upper: Double? = nil, qualifier: String? = nil,
            subject: [String] = [], speaker: [String] = [], anchor: String, group: String? = nil,
            optional: Bool = false, unit: String? = nil, note: String? = nil
        ) {
            self.category = category
            self.value = value
            self.upper = upper
            self.qualifier = qualifier
            self.subject = subject
            self.speaker = speaker
            self.anchor = anchor
            self.group = group
            self.optional = optional
            self.unit = unit
            self.note = note
        }

        enum CodingKeys: String, CodingKey {
            case category, value, upper, qualifier, subject, speaker, anchor, group, optional, unit, note
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            category = try c.decode(String.self, forKey: .category)
            value = try c.decodeIfPresent(Double.self, forKey: .value)
            upper = try c.decodeIfPresent(Double.self, forKey: .upper)
            qualifier = try c.decodeIfPresent(String.self, forKey: .qualifier)
            subject = try c.decodeIfPresent([String].self, forKey: .subject) ?? []
            speaker = try c.decodeIfPresent([String].self, forKey: .speaker) ?? []
            anchor = try c.decode(String.self, forKey: .anchor)
            group = try c.decodeIfPresent(String.self, forKey: .group)
            optional = try c.decodeIfPresent(Bool.self, forKey: .optional) ?? false
            unit = try c.decodeIfPresent(String.self, forKey: .unit)
            note = try c.decodeIfPresent(String.self, forKey: .note)
        }
    }

    public var schema: Int?
    public var about: String?
    /// The scored categories; records of other categories are ignored.
    public var categories: [String]
    /// Articles by file name (folders and extension do not matter: see `Scorer.basename`).
    public var articles: [String: Article]
    /// The file names of `articles` in the order the gold file lists them (score.py's order).
    public var articleOrder: [String]
    /// Group names and what fact each stands for.
    public var groups: [String: String]?
    /// Groups whose inner pairs are not scored, each with a reason: `[group, note]`.
    public var optionalPairs: [[String]]?

    /// Creates a gold file; `articleOrder` defaults to the sorted file names.
    public init(
        schema: Int? = 1, about: String? = nil, categories: [String], articles: [String: Article],
        articleOrder: [String]? = nil, groups: [String: String]? = nil, optionalPairs: [[String]]? = nil
    ) {
        self.schema = schema
        self.about = about
        self.categories = categories
        self.articles = articles
        self.articleOrder = articleOrder ?? articles.keys.sorted()
        self.groups = groups
        self.optionalPairs = optionalPairs
    }

    enum CodingKeys: String, CodingKey {
        case schema, about, categories, articles, groups
        case optionalPairs = "optional_pairs"
    }

    /// Decodes a gold file; `JSONDecoder` does not keep key order, so articles come sorted by
    /// file name. `GoldFile(contentsOf:)` and `GoldFile(jsonData:)` keep the file's order.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decodeIfPresent(Int.self, forKey: .schema)
        about = try c.decodeIfPresent(String.self, forKey: .about)
        categories = try c.decode([String].self, forKey: .categories)
        articles = try c.decode([String: Article].self, forKey: .articles)
        articleOrder = articles.keys.sorted()
        groups = try c.decodeIfPresent([String: String].self, forKey: .groups)
        optionalPairs = try c.decodeIfPresent([[String]].self, forKey: .optionalPairs)
    }

    /// Group names whose inner pairs are not scored.
    public var optionalGroups: Set<String> { Set((optionalPairs ?? []).compactMap(\.first)) }
}
