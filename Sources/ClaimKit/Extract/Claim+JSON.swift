extension Claim {
    /// The claim as one JSON Lines record, fields in GUIDE.md order, `null` for absent values.
    public var jsonLine: String {
        var w = JSONObjectWriter()
        w.add("article", article)
        w.add("outlet", outlet)
        w.add("published", published)
        w.add("category", category.rawValue)
        w.add("value", value)
        w.add("upper", upper)
        w.add("qualifier", qualifier.rawValue)
        w.add("unit", unit)
        w.add("subject", subject)
        w.add("speaker", speaker)
        w.add("speaker_entity", speakerEntity)
        w.add("sentence", sentence)
        w.add("start", start)
        w.add("end", end)
        if let trigger { w.add("trigger", trigger) }
        if let cue { w.add("cue", cue) }
        if vague == true { w.add("vague", true) }
        if let group { w.add("group", group) }
        return w.json
    }
}
