import Foundation

extension ContentExtractor {
    // MARK: - Streams of entries

    /// The box of a stream of entries built alike (forum posts, live-ticker entries, articles loaded one
    /// after another) when the best container is one entry of it: the nearest box above `chosen` (up to eight
    /// levels) that is one of at least three siblings with its tag and first class name, which together hold
    /// at least one and a half times its prose with few links. The page is the whole stream, not its longest entry.
    func streamBox(around chosen: Int) -> Int? {
        let nodes = document.nodes
        var unit = chosen
        for _ in 0..<8 {
            let parent = Int(nodes[unit].parent)
            guard parent >= 0, nodes[parent].tag != "body", nodes[parent].tag != "html" else { return nil }
            if removed[parent] { return nil }
            if let name = firstClassName(unit) {
                var alike = 0
                var prose: Int32 = 0
                for sibling in document.children(of: parent) where !nodes[sibling].isText && !removed[sibling] {
                    guard nodes[sibling].tag == nodes[unit].tag, firstClassName(sibling) == name else { continue }
                    alike += 1
                    prose += nonLinkLength(sibling)
                }
                if alike >= 3 {
                    let isStream = 2 * prose >= 3 * nonLinkLength(unit) && linkDensity(parent) < 0.25
                    return isStream ? parent : nil
                }
            }
            unit = parent
        }
        return nil
    }

    /// The first name in the class attribute of element `i`, if any.
    private func firstClassName(_ i: Int) -> Substring? {
        guard document.nodes[i].attributeCount > 0, let cls = document.attribute(of: i, "class") else { return nil }
        return cls.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true).first
    }
}
