import ClaimKit

extension GoldFile {
    /// The gold articles (by name, in the gold file's order) that none of `paths` stands for;
    /// a path stands for a gold article when its file name without folder and extension is the
    /// gold key's (as score.py matches them).
    public func articlesMissing(from paths: [String]) -> [String] {
        let read = Set(paths.map(Scorer.basename))
        return articleOrder.filter { !read.contains(Scorer.basename($0)) }
    }
}
