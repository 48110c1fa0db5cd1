import Foundation

/// The one reader of claim JSON Lines as `claims extract` writes them (with `--with-articles`,
/// article records too): what `report --claims` and `check --claims` read.
package enum ClaimRecordReader {
    /// Claim and article records from the file `path` (`-`: stdin); lines without a claim
    /// `category` that are not article records (group records) are skipped.
    package static func read(_ path: String) throws(PipelineError) -> (claims: [Claim], articles: [ArticleDigest]) {
        let contents = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data = contents else { throw .unreadable("--claims", path) }
        return try records(String(decoding: data, as: UTF8.self), path: path)
    }

    /// Claim and article records from `text`; `path` names the file in errors.
    package static func records(_ text: String, path: String) throws(PipelineError) -> (claims: [Claim], articles: [ArticleDigest]) {
        let decoder = JSONDecoder()
        var claims: [Claim] = []
        var articles: [ArticleDigest] = []
        for (n, line) in text.split(separator: "\n").enumerated() {
            if ArticleRecord.isRecord(line) {
                guard let digest = ArticleRecord.digest(from: line) else {
                    throw PipelineError("--claims \(path): line \(n + 1) is not an article record (JSON Lines as `claims extract --with-articles` writes them)")
                }
                articles.append(digest)
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || !trimmed.contains("\"category\"") { continue }
            do {
                claims.append(try decoder.decode(Claim.self, from: Data(trimmed.utf8)))
            } catch {
                throw PipelineError("--claims \(path): line \(n + 1) is not a claim record (JSON Lines as `claims extract` writes them)")
            }
        }
        return (claims, articles)
    }
}
