import ClaimTestSupport

/// The end-to-end tests' name for the shared temporary folder.
typealias Scratch = TemporaryFolder
