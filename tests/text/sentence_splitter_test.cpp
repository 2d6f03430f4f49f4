#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {
namespace {

std::vector<std::string> sentences_of(std::string_view text) {
  std::vector<std::string> out;
  for (const Span& span : split_sentences(text)) {
    out.emplace_back(text.substr(span.start, span.size()));
  }
  return out;
}

using Sentences = std::vector<std::string>;

// --- Spans -----------------------------------------------------------------

TEST(SentenceSplitter, ReturnsExactTrimmedByteSpans) {
  const std::string text = "  The vote passed. It was close.  ";
  const std::vector<Span> spans = split_sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (Span{2, 18}));
  EXPECT_EQ(spans[1], (Span{19, 32}));
}

TEST(SentenceSplitter, EmptyAndBlankInputHaveNoSentences) {
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences(" \t\r\n ").empty());
}

TEST(SentenceSplitter, TextWithoutTerminatorIsOneSentence) {
  EXPECT_EQ(sentences_of("Markets rallied on Monday"), Sentences{"Markets rallied on Monday"});
}

TEST(SentenceSplitter, SpansPointIntoNonAsciiTextByByteOffset) {
  const std::string text = "Zoë Müller won in Zürich. Ángel came second.";
  const std::vector<Span> spans = split_sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].start, 0u);
  EXPECT_EQ(spans[0].end, text.find("Zürich.") + std::string("Zürich.").size());
  EXPECT_EQ(spans[1].start, text.find("Ángel"));
  EXPECT_EQ(spans[1].end, text.size());
}

// --- Ordinary prose ---------------------------------------------------------

TEST(SentenceSplitter, SplitsNewsProse) {
  EXPECT_EQ(sentences_of("The council met on Tuesday. Members voted 7-2 to approve the budget! "
                         "Will the mayor sign it? Nobody knows yet."),
            (Sentences{"The council met on Tuesday.", "Members voted 7-2 to approve the budget!",
                       "Will the mayor sign it?", "Nobody knows yet."}));
}

TEST(SentenceSplitter, NewSentenceMayStartWithNonAsciiCapital) {
  EXPECT_EQ(sentences_of("The prize went to a chemist. Émile Durand accepted it."),
            (Sentences{"The prize went to a chemist.", "Émile Durand accepted it."}));
}

TEST(SentenceSplitter, CamelCaseBrandStartsASentence) {
  EXPECT_EQ(sentences_of("Sales of the phone rose. iPad sales fell. eBay was flat."),
            (Sentences{"Sales of the phone rose.", "iPad sales fell.", "eBay was flat."}));
}

TEST(SentenceSplitter, LowerCaseAfterPeriodContinuesTheSentence) {
  EXPECT_EQ(sentences_of("The tank holds approx. five litres of water."),
            Sentences{"The tank holds approx. five litres of water."});
}

TEST(SentenceSplitter, MissingSpaceBetweenSentences) {
  EXPECT_EQ(sentences_of("Prices rose.Analysts were surprised."),
            (Sentences{"Prices rose.", "Analysts were surprised."}));
}

// --- Abbreviations ------------------------------------------------------------

TEST(SentenceSplitter, TitlesNeverEndASentence) {
  EXPECT_EQ(sentences_of("Sen. Warren met Gov. Newsom and Dr. Fauci. They spoke for an hour."),
            (Sentences{"Sen. Warren met Gov. Newsom and Dr. Fauci.", "They spoke for an hour."}));
}

TEST(SentenceSplitter, LatinAbbreviationsInsideSentence) {
  EXPECT_EQ(sentences_of("Some fruits, e.g. apples, keep well, i.e. for months. "
                         "Smith et al. reported the same."),
            (Sentences{"Some fruits, e.g. apples, keep well, i.e. for months.",
                       "Smith et al. reported the same."}));
}

TEST(SentenceSplitter, EtcEndsSentenceBeforeTypicalOpener) {
  EXPECT_EQ(sentences_of("They sold pens, paper, ink, etc. The shop closed in 1990."),
            (Sentences{"They sold pens, paper, ink, etc.", "The shop closed in 1990."}));
}

TEST(SentenceSplitter, UnitsAndEtcEndASentenceBeforeAnyCapital) {
  EXPECT_EQ(sentences_of("He weighs 220 lbs. Memovi\u0107 plays forward. The trip took 3 hrs. "
                         "and 20 min. Traffic was light. They sold pens, ink, etc. Stationers "
                         "struggled."),
            (Sentences{"He weighs 220 lbs.", "Memovi\u0107 plays forward.",
                       "The trip took 3 hrs. and 20 min.", "Traffic was light.",
                       "They sold pens, ink, etc.", "Stationers struggled."}));
}

TEST(SentenceSplitter, MonthsAndStatesBeforeNumbersAndNames) {
  EXPECT_EQ(sentences_of("The plant in Dayton, Ohio, opened on Jan. 5, 2021, and a second one "
                         "in Springfield, Ill. Mayor Ross cut the ribbon."),
            (Sentences{"The plant in Dayton, Ohio, opened on Jan. 5, 2021, and a second one "
                       "in Springfield, Ill.",
                       "Mayor Ross cut the ribbon."}));
  // Without the city in front, a state may precede a title.
  EXPECT_EQ(sentences_of("The bill passed. Ark. Gov. Sarah Sanders signed it on Monday."),
            (Sentences{"The bill passed.", "Ark. Gov. Sarah Sanders signed it on Monday."}));
  EXPECT_EQ(sentences_of("The company moved to Austin, Tex. It hired 200 people."),
            (Sentences{"The company moved to Austin, Tex.", "It hired 200 people."}));
}

TEST(SentenceSplitter, StateAbbreviationsNeedCapitals) {
  // "ill." is an ordinary word, so the period ends the sentence.
  EXPECT_EQ(sentences_of("He felt ill. Doctors were called."),
            (Sentences{"He felt ill.", "Doctors were called."}));
}

TEST(SentenceSplitter, UsAtSentenceEndOnlyBeforeASentenceOpener) {
  EXPECT_EQ(sentences_of("Exports to the U.S. fell sharply. Sales in the U.S. Midwest held up. "
                         "Most growth came from the U.S. However, Europe lagged."),
            (Sentences{"Exports to the U.S. fell sharply.", "Sales in the U.S. Midwest held up.",
                       "Most growth came from the U.S.", "However, Europe lagged."}));
}

TEST(SentenceSplitter, PartyAndStateAfterName) {
  EXPECT_EQ(sentences_of("The vote was 52\u201348. Sen. Joe Manchin, D-W.Va., voted no."),
            (Sentences{"The vote was 52\u201348.", "Sen. Joe Manchin, D-W.Va., voted no."}));
}

TEST(SentenceSplitter, InitialsAreNotBoundaries) {
  EXPECT_EQ(sentences_of("The novel by J. R. R. Tolkien sold well. George W. Bush read it."),
            (Sentences{"The novel by J. R. R. Tolkien sold well.", "George W. Bush read it."}));
}

TEST(SentenceSplitter, NumberedReferences) {
  EXPECT_EQ(sentences_of("See Fig. 3 and pp. 12-14 of Vol. 2. Case No. 5 was dismissed."),
            (Sentences{"See Fig. 3 and pp. 12-14 of Vol. 2.", "Case No. 5 was dismissed."}));
}

TEST(SentenceSplitter, NoAsAWordEndsASentence) {
  EXPECT_EQ(sentences_of("The board said no. Shares fell."),
            (Sentences{"The board said no.", "Shares fell."}));
}

TEST(SentenceSplitter, CompanySuffixes) {
  EXPECT_EQ(sentences_of("Acme Inc. and Widgets Ltd. merged. The new firm is Acme Widgets Corp. "
                         "It employs 900."),
            (Sentences{"Acme Inc. and Widgets Ltd. merged.", "The new firm is Acme Widgets Corp.",
                       "It employs 900."}));
}

TEST(SentenceSplitter, TimesOfDay) {
  EXPECT_EQ(sentences_of("Polls close at 8 p.m. on Tuesday. Counting starts at 9 p.m. "
                         "The results follow by midnight."),
            (Sentences{"Polls close at 8 p.m. on Tuesday.", "Counting starts at 9 p.m.",
                       "The results follow by midnight."}));
  EXPECT_EQ(sentences_of("By 7 a.m. Mr. Lee had voted."),
            Sentences{"By 7 a.m. Mr. Lee had voted."});
}

// --- Numbers ------------------------------------------------------------------

TEST(SentenceSplitter, DecimalsAndThousandsStayInside) {
  EXPECT_EQ(
      sentences_of("Pi is about 3.14 and inflation hit 7.5% in 2022. That was a 40-year high."),
      (Sentences{"Pi is about 3.14 and inflation hit 7.5% in 2022.", "That was a 40-year high."}));
}

TEST(SentenceSplitter, SentenceEndingInNumberFollowedByNumber) {
  EXPECT_EQ(sentences_of("The tally was 1,204. 37 ballots were spoiled."),
            (Sentences{"The tally was 1,204.", "37 ballots were spoiled."}));
}

// --- Punctuation -------------------------------------------------------------------

TEST(SentenceSplitter, QuotesAfterTerminatorBelongToTheSentence) {
  EXPECT_EQ(
      sentences_of("\u201CWe will appeal.\u201D The lawyer left. \u201CWhy?\u201D she asked."),
      (Sentences{"\u201CWe will appeal.\u201D", "The lawyer left.",
                 "\u201CWhy?\u201D she asked."}));
}

TEST(SentenceSplitter, CurlySingleQuotesAndApostrophes) {
  EXPECT_EQ(sentences_of("He said \u2018it\u2019s over.\u2019 Then he left the room."),
            (Sentences{"He said \u2018it\u2019s over.\u2019", "Then he left the room."}));
}

TEST(SentenceSplitter, ParenthesisedSentence) {
  EXPECT_EQ(sentences_of("Turnout rose. (The rain stopped at noon.) Lines were long."),
            (Sentences{"Turnout rose.", "(The rain stopped at noon.)", "Lines were long."}));
}

TEST(SentenceSplitter, FootnoteMarksStayWithTheirSentence) {
  EXPECT_EQ(sentences_of("Growth slowed in 2023.[3] The bank cut rates.[12][a] Markets rallied."),
            (Sentences{"Growth slowed in 2023.[3]", "The bank cut rates.[12][a]",
                       "Markets rallied."}));
}

TEST(SentenceSplitter, EmDashesDoNotSplit) {
  EXPECT_EQ(sentences_of("The deal\u2014worth $2 billion\u2014closed. Investors cheered."),
            (Sentences{"The deal\u2014worth $2 billion\u2014closed.", "Investors cheered."}));
}

TEST(SentenceSplitter, RepeatedAndMixedTerminators) {
  EXPECT_EQ(sentences_of("Really?! Yes!!! It happened..."),
            (Sentences{"Really?!", "Yes!!!", "It happened..."}));
}

TEST(SentenceSplitter, EllipsisCharacter) {
  EXPECT_EQ(sentences_of("He paused\u2026 then went on. She waited\u2026 Nobody spoke."),
            (Sentences{"He paused\u2026 then went on.", "She waited\u2026", "Nobody spoke."}));
}

TEST(SentenceSplitter, ExclamationInsideNameContinues) {
  EXPECT_EQ(sentences_of("Shares of Yahoo! rose 3%. Traders were pleased."),
            (Sentences{"Shares of Yahoo! rose 3%.", "Traders were pleased."}));
}

// --- URLs and e-mail -----------------------------------------------------------------

TEST(SentenceSplitter, UrlsAndEmailAddresses) {
  EXPECT_EQ(
      sentences_of("Read it at www.Example.org/News.Today. Write to press.Office@Example.org. "
                   "See https://data.Gov.uk/set?Id=4. Done."),
      (Sentences{"Read it at www.Example.org/News.Today.", "Write to press.Office@Example.org.",
                 "See https://data.Gov.uk/set?Id=4.", "Done."}));
}

// --- Hard wrapping and line endings ------------------------------------------------

TEST(SentenceSplitter, SingleNewlineInsideParagraphIsWhitespace) {
  const std::string text = "The report was published\non Monday. It runs to\n300 pages.";
  const std::vector<Span> spans = split_sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[0].start, spans[0].size()), "The report was published\non Monday.");
  EXPECT_EQ(text.substr(spans[1].start, spans[1].size()), "It runs to\n300 pages.");
}

TEST(SentenceSplitter, CrLfLineEndings) {
  EXPECT_EQ(sentences_of("The mayor\r\nresigned. A vote\r\nfollows.\r\n"),
            (Sentences{"The mayor\r\nresigned.", "A vote\r\nfollows."}));
}

TEST(SentenceSplitter, WrappedLineStartingWithInitialIsNotAListItem) {
  EXPECT_EQ(sentences_of("The speech was given by Robert\nF. Kennedy in 1966."),
            Sentences{"The speech was given by Robert\nF. Kennedy in 1966."});
}

TEST(SentenceSplitter, WrappedLineStartingWithNumberAfterAbbreviationContinues) {
  EXPECT_EQ(sentences_of("The rule is in Vol. 2, p.\n151) of the code. It was drafted by J.\n"
                         "R. Ewing in 1990."),
            (Sentences{"The rule is in Vol. 2, p.\n151) of the code.",
                       "It was drafted by J.\nR. Ewing in 1990."}));
}

TEST(SentenceSplitter, ParagraphStartingWithInitialIsNotAList) {
  EXPECT_EQ(sentences_of("J. P. Morgan founded the bank, which\nJ. Pierpont Jr. later ran. "
                         "It grew fast."),
            (Sentences{"J. P. Morgan founded the bank, which\nJ. Pierpont Jr. later ran.",
                       "It grew fast."}));
}

TEST(SentenceSplitter, LinesWithoutPunctuationAreItems) {
  EXPECT_EQ(sentences_of("Opening hours\nMonday to Friday\nweekends by appointment"),
            (Sentences{"Opening hours", "Monday to Friday", "weekends by appointment"}));
}

// --- Lists ---------------------------------------------------------------------------

TEST(SentenceSplitter, NumberedListOnSeparateLines) {
  EXPECT_EQ(sentences_of("1. Cut taxes\n2. Raise wages\n3. Build homes"),
            (Sentences{"1. Cut taxes", "2. Raise wages", "3. Build homes"}));
}

TEST(SentenceSplitter, ListIntroducedByColon) {
  EXPECT_EQ(sentences_of("The plan has two parts:\n1. Cut taxes.\n2. Raise wages."),
            (Sentences{"The plan has two parts:", "1. Cut taxes.", "2. Raise wages."}));
}

TEST(SentenceSplitter, DashBulletsOnSeparateLines) {
  EXPECT_EQ(sentences_of("- lower rents\n- more buses\n- safer streets"),
            (Sentences{"- lower rents", "- more buses", "- safer streets"}));
}

TEST(SentenceSplitter, InlineEnumeration) {
  EXPECT_EQ(sentences_of("1) Cut taxes 2) Raise wages 3) Build homes"),
            (Sentences{"1) Cut taxes", "2) Raise wages", "3) Build homes"}));
  EXPECT_EQ(sentences_of("(a) first point (b) second point"),
            (Sentences{"(a) first point", "(b) second point"}));
}

TEST(SentenceSplitter, InlineBullets) {
  EXPECT_EQ(sentences_of("\u2022 Jobs up \u2022 Wages flat"),
            (Sentences{"\u2022 Jobs up", "\u2022 Wages flat"}));
}

// --- Robustness ----------------------------------------------------------------------

// Whatever the bytes, spans are in order, inside the text, non-empty, not
// overlapping and trimmed.
TEST(SentenceSplitter, ArbitraryBytesGiveWellFormedSpans) {
  const std::string alphabet[] = {".", "?", "!", " ", "\n", "\r", "a", "B", "1", "\"", "'", ")",
                                  "(", "@", "://", "\u2026", "\u2022", "\u201D", "\xE2", "\xC2",
                                  "Mr", "U.S", "e.g", " . . .", "1.", "a)", "www.", "\xFF"};
  std::mt19937 rng(12345);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int pieces = static_cast<int>(rng() % 40);
    for (int k = 0; k < pieces; ++k) text += alphabet[rng() % std::size(alphabet)];
    std::size_t previous_end = 0;
    for (const Span& span : split_sentences(text)) {
      ASSERT_LT(span.start, span.end) << text;
      ASSERT_LE(span.end, text.size()) << text;
      ASSERT_GE(span.start, previous_end) << text;
      const char first = text[span.start], last = text[span.end - 1];
      ASSERT_FALSE(first == ' ' || first == '\n' || first == '\r') << text;
      ASSERT_FALSE(last == ' ' || last == '\n' || last == '\r') << text;
      previous_end = span.end;
    }
  }
}

TEST(SentenceSplitter, LongRunOfBlankLinesIsWhitespace) {
  // Callers pass single paragraphs, but a stray run of blank lines must not
  // be rescanned from every line break.
  const std::string text = "Markets fell.\n" + std::string(200000, '\n') + "\r\n" +
                           std::string(100000, ' ') + "Bonds rose.";
  const std::vector<Span> spans = split_sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (Span{0, 13}));
  EXPECT_EQ(spans[1], (Span{text.size() - 11, text.size()}));
}

TEST(SentenceSplitter, VeryLongTokensStayLinear) {
  // A long run of dotted text without spaces must not be rescanned per period.
  std::string text = "Start ";
  for (int k = 0; k < 200000; ++k) text += "ab.";
  text += " End.";
  const std::vector<Span> spans = split_sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (Span{0, text.size() - 5}));
  EXPECT_EQ(spans[1], (Span{text.size() - 4, text.size()}));
}

}  // namespace
}  // namespace claimcheck
