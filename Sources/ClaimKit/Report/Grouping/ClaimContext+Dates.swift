import Foundation

extension ClaimContext {
    /// A date named before publication must be at least this many days earlier to date the claim:
    /// a look back ("In June, the government pledged ..." in an October article), not today's news.
    static let lookBackDays = 8

    /// The day a sentence dates its fact to, and how many days either side a month alone allows, when
    /// it names an earlier date of the publication's year ("In June", "on 16 June", "June 16, 2019")
    /// at least `lookBackDays` before `published`; nil otherwise. A date that starts or ends a span
    /// ("since June") dates no fact; a later month of the year is most often a plan, not a look back.
    static func namedDay(in sentence: String, published: Int) -> (day: Int, reach: Int)? {
        let words = sentence.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let pub = ReportDay.civil(published)
        for (k, word) in words.enumerated() {
            guard let month = Lexicon.monthNames[word] else { continue }
            let before = k > 0 ? words[k - 1] : ""
            let after = k + 1 < words.count ? words[k + 1] : ""
            var date: Int?
            if let d = Int(after), after.count <= 2 {
                date = d
            } else if let d = Int(before), before.count <= 2 {
                date = d
            }
            let lead = date != nil && Int(before) != nil ? (k > 1 ? words[k - 2] : "") : before
            guard !Lexicon.spanDateWords.contains(lead.lowercased()) else { continue }
            guard date != nil || ["in", "on"].contains(lead.lowercased()) else { continue }
            let yearWord = words.dropFirst(k + (date != nil && Int(after) != nil ? 2 : 1)).first ?? ""
            let year = yearWord.count == 4 ? Int(yearWord) ?? pub.year : pub.year
            guard
                year < pub.year || (year == pub.year && month < pub.month)
                    || (year == pub.year && month == pub.month && date != nil),
                let day = ClaimContext.day(ofISODate: String(format: "%04d-%02d-%02d", year, month, date ?? 15)),
                published - day >= lookBackDays
            else { continue }
            return (day, date == nil ? 15 : 0)
        }
        return nil
    }
}
