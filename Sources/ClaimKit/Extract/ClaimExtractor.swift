/// Finds every numeric claim in an article with rules (no model, no network).
///
/// STUB: the extract work replaces this body; the signatures are the contract the CLI uses.
public struct ClaimExtractor: Sendable {
    /// Creates an extractor with the default rule tables.
    public init() {}

    /// All claims of `article`, in text order.
    public func extract(from article: Article) -> [Claim] { [] }
}
