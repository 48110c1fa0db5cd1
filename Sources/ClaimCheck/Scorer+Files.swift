import ClaimKit
import Foundation

extension Scorer {
    /// Scores a JSON Lines file; unreadable files and invalid UTF-8 fail as score.py fails.
    public func score(contentsOf path: String) throws(ScoreRecord.InputError) -> ScoreOutcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScoreRecord.InputError(line: 0, detail: "\(path): cannot read the file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ScoreRecord.InputError(line: 0, detail: "\(path): not UTF-8")
        }
        return try score(jsonLines: text)
    }
}
