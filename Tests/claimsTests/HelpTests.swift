import Testing

@Suite struct HelpTests {
    @Test func helpNamesTheSubcommands() throws {
        let run = try BinaryLocator.run(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("text"))
    }
}
