extension ContentExtractor {
    // MARK: - Streams of entries

    /// The box of a stream of entries built alike (forum posts, live-ticker entries, articles loaded one
    /// after another) when the best container is one entry of it: the nearest box above `chosen` (up to eight
    /// levels) that is one of at least three siblings with its tag and first class name, which together hold
    /// at least one and a half times its prose with few links. The page is the whole stream, not its longest entry.
    func streamBox(around chosen: Int) -> Int? {
        // A stream holds one and a half times the prose of its entry, so a box holding two thirds of the
        // page's text is never one entry of it: most pages are ruled out here.
        guard 3 * nonLinkLength(chosen) < 2 * nonLinkLength(0) else { return nil }
        let nodes = document.nodes
        var unit = chosen
        for _ in 0..<8 {
            let parent = Int(nodes[unit].parent)
            guard parent >= 0, !removed[parent], nodes[parent].tag != "body", nodes[parent].tag != "html" else {
                return nil
            }
            if let name = firstClassName(unit) {
                var alike = 0
                var prose: Int32 = 0
                // Walked by sibling links, and the class read only for siblings of the same tag: no arrays.
                var sibling = Int(nodes[parent].firstChild)
                while sibling >= 0 {
                    if !removed[sibling] && !nodes[sibling].isText && nodes[sibling].tag == nodes[unit].tag
                        && firstClassName(sibling) == name
                    {
                        alike += 1
                        prose += nonLinkLength(sibling)
                    }
                    sibling = Int(nodes[sibling].nextSibling)
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

    /// The first name in the class attribute of element `i`, if any (a slice of the value, not a copy).
    private func firstClassName(_ i: Int) -> Substring? {
        guard document.nodes[i].attributeCount > 0, let cls = document.attribute(of: i, "class") else { return nil }
        let bytes = cls.utf8
        guard let start = bytes.firstIndex(where: { $0 != 0x20 }) else { return nil }
        let end = bytes[start...].firstIndex(of: 0x20) ?? bytes.endIndex
        return cls[start..<end]
    }
}
