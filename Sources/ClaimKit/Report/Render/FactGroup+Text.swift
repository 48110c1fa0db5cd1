/// How every output words a fact: its value and its one-line summary, made from the model's data.
extension FactGroup {
    /// The value most outlets gave, as text ("more than 300", "4", "10,000-15,000").
    public var valueText: String { NumberText.text(of: value) }

    /// The fact in a few words ("killed: 4 police officers").
    public var summary: String {
        let text = valueText
        guard value.value != nil else { return "\(category.rawValue): \(subject) (\(text))" }
        return "\(category.rawValue): \(text)\(value.vagueWords == nil ? "" : " of") \(subject)"
    }
}
