/// The version of claims, in one place: `claims --version` prints it and `claims fetch` names it in
/// its user agent.
public enum ClaimsVersion {
    /// The version number.
    public static let number = "0.9.0"
}
