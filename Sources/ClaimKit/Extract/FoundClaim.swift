/// A claim found in one sentence, before the article-level fields (speaker, offsets) are added.
struct FoundClaim: Sendable, Equatable {
    var category: ClaimCategory
    var mention: NumberMention
    var subject: String
    var trigger: String?
}
