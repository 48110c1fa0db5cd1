import Testing

@testable import ClaimKit

@Suite struct ArticleTests {
    @Test func textJoinsParagraphsWithABlankLine() {
        let article = Article(path: "a.txt", paragraphs: ["One two.", "Three four five."])
        #expect(article.text == "One two.\n\nThree four five.")
        #expect(article.words == 5)
    }
}
