import Testing

@testable import ClaimKit

@Suite struct BatchSummaryTests {
    @Test func everyKindOfInputIsCountedAndTheLineSaysWhy() {
        var s = BatchSummary()
        s.read = 12
        s.countSkipped(Diagnostic(path: "a", reason: .empty, detail: ""))
        s.count(.skipped(Diagnostic(path: "b", reason: .tooLarge, detail: "")))
        s.count(.notArticle(Diagnostic(path: "c", reason: .unsupportedType, detail: "")))
        s.count(.hidden("d"))
        s.count(.manifest("m"))
        s.claims = 57
        s.seconds = 0.414
        #expect(
            s.line(includeClaims: true)
                == "claims: 12 files read, 2 skipped (1 empty, 1 too large), 1 not article file, 1 hidden, 57 claims, 0.41 s"
        )
        #expect(
            s.line(includeClaims: false)
                == "claims: 12 files read, 2 skipped (1 empty, 1 too large), 1 not article file, 1 hidden, 0.41 s")
        #expect(s.exitStatus == 1)
    }

    @Test func exitStatusIgnoresNotArticleFilesButNotManifestProblems() {
        var s = BatchSummary()
        s.read = 1
        s.count(.notArticle(Diagnostic(path: "c", reason: .unsupportedType, detail: "")))
        #expect(s.exitStatus == 0)
        s.count(.manifestProblem(Diagnostic(path: "m", reason: .other, detail: "")))
        #expect(s.exitStatus == 1)
    }

    @Test func progressLineShowsTotalOnlyOnceKnown() {
        var p = BatchProgress()
        p.done = 50
        p.found = 80
        #expect(p.line(elapsed: 1) == "claims: 50/80+ files  50/s")
        p.walkFinished = true
        p.found = 150
        #expect(p.line(elapsed: 1) == "claims: 50/150 files  50/s  ETA 2.00 s")
    }
}

@Suite struct ReadingTextTests {
    @Test func controlCharactersCannotReachTheTerminal() {
        let article = Article(
            path: "a.txt", title: "T\u{1B}]0;owned\u{7}", paragraphs: ["Six \u{1B}[31mkilled\u{9B}", "Tab\there"])
        #expect(
            article.readingText
                == "== a.txt\nT\u{FFFD}]0;owned\u{FFFD}\n\nSix \u{FFFD}[31mkilled\u{FFFD}\n\nTab\there\n")
    }
}

@Suite struct BatchProgressTests {
    @Test func aTotalCountedAheadGivesAnETABeforeTheWalkEnds() {
        var p = BatchProgress()
        p.done = 10
        p.found = 30
        p.total = 100
        #expect(p.line(elapsed: 2) == "claims: 10/100 files  5/s  ETA 18 s")
    }
}

@Suite struct BatchConsoleTests {
    @Test func aDiagnosticIsAlwaysOneHarmlessLine() {
        #expect(BatchConsole.oneLine("claims: a.txt: empty file") == "claims: a.txt: empty file")
        #expect(BatchConsole.oneLine("claims: a\nb\u{1B}[2J.txt: empty") == "claims: a\\nb\\x1b[2J.txt: empty")
    }
}
