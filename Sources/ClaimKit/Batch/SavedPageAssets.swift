/// What the walk makes of the files a browser leaves when it saves a page: the `NAME_files/`
/// asset folder beside `NAME.html`, and pages saved as `index.php`, `story.shtml` or `story`.
enum SavedPageAssets {
    /// True for a folder `NAME_files` that has a page `NAME.…` (or `NAME`) beside it: the images,
    /// scripts, style sheets and frames of a page saved "complete", never articles of their own.
    static func isAssetFolder<Names: Sequence>(_ name: String, siblings: Names) -> Bool where Names.Element == String {
        guard name.hasSuffix("_files"), name.count > 6 else { return false }
        let stem = String(name.dropLast(6))
        let prefix = stem + "."
        return siblings.contains { sibling in
            sibling == stem
                || (sibling.hasPrefix(prefix)
                    && (PageSniffer.kind(forName: sibling) != nil || PageSniffer.isCandidate(name: sibling)))
        }
    }

    /// True for a file in a walked folder with no extension or a server-page one (`.php`,
    /// `.shtml` ...) whose first bytes read as a page or as text.
    static func sniffsAsPage(path: String, name: String) -> Bool {
        guard PageSniffer.isCandidate(name: name), let kind = PageSniffer.kind(ofFileAt: path) else { return false }
        return kind != .other
    }
}
