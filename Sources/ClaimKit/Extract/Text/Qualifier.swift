/// The hedge on a number, as GUIDE.md names them.
public enum Qualifier: String, Codable, Sendable, CaseIterable {
    case exact, about, nearly
    case moreThan = "more_than"
    case atLeast = "at_least"
    case fewerThan = "fewer_than"
    case atMost = "at_most"
    case range
}
