import ClaimCheck
import Foundation
import Testing

@testable import ClaimKit

/// The sample corpus: each HTML rendition must ingest to the article text of its seed `.txt`,
/// without the page-chrome lines the seed texts still carry, and the manifest must agree
/// with the gold file.
@Suite struct CorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")

    /// How the lines of one seed text map onto its HTML page.
    struct Seed: Sendable, CustomTestStringConvertible {
        var stem: String
        /// Lines that came from page chrome: they must not be article text.
        var chrome: [String]
        /// The page headline and lines from the page header or a caption: allowed as paragraphs, not required.
        var optional: [String]
        var testDescription: String { stem }
    }

    static let seeds: [Seed] = [
        Seed(
            stem: "000_ca97ee247fc324aa",
            chrome: [
                "The Daily Sabah Newsletter",
                "Keep up to date with what’s happening in Turkey, it’s region and the world.",
                "You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use and Privacy Policy. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
            ], optional: ["Azerbaijan blames ‘sabotage groups’ as mine blasts kill police, civilians in Karabakh"]),
        Seed(
            stem: "001_d0a399db87bfc5a2", chrome: ["International", "Our readers are reading too"],
            optional: ["Azerbaijan: Six Citizens Killed in Landmine Explosions in Nagorno-Karabakh"]),
        Seed(
            stem: "002_0de00e5ba888a785",
            chrome: [
                "Read more: Fear of new war between Armenia, Azerbaijan looms: Report",
                "Fear of new war between Armenia, Azerbaijan looms: Report",
            ],
            optional: ["Azerbaijan launches military operation in Nagorno-Karabakh"]),
        Seed(
            stem: "003_2a5ef0d17f8faac8",
            chrome: [
                "Azerbaijan launches anti-terror ops in Karabakh after landmines kill citizens – SUCH TV",
                "• September 19, 2023", "Source Link",
            ], optional: ["Azerbaijan launches anti-terror ops in Karabakh after landmines kill citizens"]),
        Seed(
            stem: "004_32f26e86991f06c8",
            chrome: [
                "Last update: June 25, 2024 17:51", "Newsroom logo", "By Nargiz Mammadli November 25, 2022",
            ],
            optional: [
                "Armenia Continues Provocations in Azerbaijani Territories: Foreign Ministry",
                // The photo caption: an optional claim in the gold file.
                "On November 24, during the visit organized by the Ministry of Defense, the representatives were provided with detailed information about the demining activities conducted in the area and the minefield detected on November 21 and consisting of 350 PMN-E anti-personnel mines produced in Armenia in 2021. / Ministry of Defense of Azerbaijan",
            ]),
    ]

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func seedLines(_ stem: String) throws -> [String] {
        let text = try String(contentsOf: corpus.appendingPathComponent("txt/\(stem).txt"), encoding: .utf8)
        return text.split(separator: "\n").map { collapse(String($0)) }.filter { !$0.isEmpty }
    }

    /// Digit runs ("10,000", "4", "2021") in `text`: a number in the ingested text that the seed
    /// does not have came from a sidebar.
    static func numbers(in text: String) -> Set<String> {
        var found = Set<String>(), current = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            let joinsDigits =
                (c == "," || c == ".") && !current.isEmpty && i + 1 < chars.count && chars[i + 1].isASCII
                && chars[i + 1].isNumber
            if (c.isASCII && c.isNumber) || joinsDigits {
                current.append(c)
            } else if !current.isEmpty {
                found.insert(current)
                current = ""
            }
        }
        if !current.isEmpty { found.insert(current) }
        return found
    }

    @Test func seedTablesCoverEverySeedLine() throws {
        for seed in Self.seeds {
            let lines = try Self.seedLines(seed.stem)
            // The bare "Read more" headline is a part of a line; the rest are whole seed lines.
            for line in seed.chrome where !line.hasPrefix("Fear of new war") {
                #expect(lines.contains(line), "\(seed.stem): \(line) is not a line of the seed")
            }
        }
    }

    @Test(arguments: seeds)
    func htmlRenditionGivesTheArticleText(_ seed: Seed) throws {
        let path = Self.corpus.appendingPathComponent("html/\(seed.stem).html").path
        let article = try Ingestor().ingest(path: path).get()
        let paragraphs = article.paragraphs.map(Self.collapse)
        let text = paragraphs.joined(separator: "\n")
        let required = try Self.seedLines(seed.stem).filter { !seed.chrome.contains($0) && !seed.optional.contains($0) }
        #expect(!required.isEmpty)
        // One paragraph per seed line: no line lost, none merged with another, nothing else.
        for line in required {
            #expect(paragraphs.contains(line), "\(seed.stem): missing paragraph «\(line.prefix(80))»")
        }
        for paragraph in paragraphs {
            #expect(
                required.contains(paragraph) || seed.optional.contains(paragraph),
                "\(seed.stem): paragraph not in the article «\(paragraph.prefix(80))»")
        }
        for line in seed.chrome {
            let leaked = paragraphs.contains { $0 == line || (line.count >= 20 && $0.contains(line)) }
            #expect(!leaked, "\(seed.stem): chrome line in the text «\(line)»")
        }
        let seedText = try Self.seedLines(seed.stem).joined(separator: "\n")
        let strays = Self.numbers(in: text).subtracting(Self.numbers(in: seedText))
        #expect(strays.isEmpty, "\(seed.stem): numbers not in the article: \(strays.sorted())")
    }

    @Test(arguments: seeds)
    func htmlRenditionGivesTheMetadata(_ seed: Seed) throws {
        let gold = try GoldFile(contentsOf: Self.corpus.appendingPathComponent("seeds.gold.json").path)
        let entry = try #require(gold.articles[seed.stem + ".txt"])
        let article = try Ingestor().ingest(path: Self.corpus.appendingPathComponent("html/\(seed.stem).html").path)
            .get()
        #expect(article.outlet == entry.outlet)
        #expect(article.published?.hasPrefix(entry.published ?? "?") == true, "published \(article.published ?? "nil")")
        let title = try #require(article.title)
        #expect(!title.contains("|") && !title.hasSuffix(entry.outlet ?? "?"), "title keeps the site name: \(title)")
    }

    @Test func manifestNamesEveryTextWithTheGoldOutletAndDate() throws {
        let gold = try GoldFile(contentsOf: Self.corpus.appendingPathComponent("seeds.gold.json").path)
        let csv = try String(contentsOf: Self.corpus.appendingPathComponent("txt/manifest.csv"), encoding: .utf8)
        var rows = csv.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.removeFirst() == ["file", "outlet", "url", "published"])
        let texts = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent("txt").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(rows.map { $0[0] } == texts)
        for row in rows {
            #expect(row.count == 4)
            let entry = gold.articles[row[0]]
            #expect(entry != nil, "\(row[0]) is not in the gold file")
            #expect(row[1] == entry?.outlet)
            #expect(row[3] == entry?.published)
            #expect(row[2].isEmpty, "no URL is known for the seeds; leave it empty rather than invent one")
        }
    }

    @Test func everyTextHasAnHTMLRendition() throws {
        let fm = FileManager.default
        let texts = try fm.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent("txt").path).filter {
            $0.hasSuffix(".txt")
        }
        let pages = try fm.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent("html").path).filter {
            $0.hasSuffix(".html")
        }
        #expect(Set(texts.map { Scorer.basename($0) }) == Set(pages.map { Scorer.basename($0) }))
        for page in pages {
            let size = try #require(
                try fm.attributesOfItem(atPath: Self.corpus.appendingPathComponent("html/\(page)").path)[.size] as? Int)
            #expect((15_000...60_000).contains(size), "\(page) is \(size) bytes")
        }
    }
}
