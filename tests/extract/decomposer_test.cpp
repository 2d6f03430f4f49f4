#include "extract/decomposer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace claimcheck {
namespace {

// Decomposes the sentences of a small document given as separate sentences;
// document offsets are offsets into their concatenation (joined by spaces),
// so source spans can be checked against real bytes.
class Document {
 public:
  std::vector<AtomicClaim> add(const std::string& sentence) {
    const std::size_t offset = text_.size();
    text_ += sentence;
    text_ += ' ';
    return decomposer_.decompose(sentence, [offset](Span s) {
      return Span{offset + s.start, offset + s.end};
    });
  }
  const std::string& text() const { return text_; }
  Decomposer& decomposer() { return decomposer_; }

 private:
  std::string text_;
  Decomposer decomposer_;
};

std::vector<std::string> texts(const std::vector<AtomicClaim>& claims) {
  std::vector<std::string> out;
  for (const AtomicClaim& claim : claims) out.push_back(claim.text);
  return out;
}

std::vector<AtomicClaim> one(const std::string& sentence) {
  Document document;
  return document.add(sentence);
}


TEST(Decomposer, KeepsASimpleSentenceWhole) {
  EXPECT_EQ(texts(one("The bridge opened in 1932.")), std::vector<std::string>{"The bridge opened in 1932."});
}

TEST(Decomposer, SplitsCoordinatedSubjectsUnderADistributivePredicate) {
  EXPECT_EQ(texts(one("During the Cold War, Iran and North Korea aligned with the Soviet Union.")),
            (std::vector<std::string>{"During the Cold War, Iran aligned with the Soviet Union.",
                                      "During the Cold War, North Korea aligned with the Soviet Union."}));
}

TEST(Decomposer, KeepsCoordinatedSubjectsOfACollectivePredicate) {
  EXPECT_EQ(texts(one("In 2019, Kim Jong-un and Hassan Rouhani met in New York.")),
            std::vector<std::string>{"In 2019, Kim Jong-un and Hassan Rouhani met in New York."});
  EXPECT_EQ(texts(one("Acme and Globex merged in 2020.")),
            std::vector<std::string>{"Acme and Globex merged in 2020."});
  EXPECT_EQ(texts(one("Iran and Syria have supplied each other with arms.")).size(), 1u);
}

TEST(Decomposer, PutsASplitAuxiliaryInTheSingular) {
  EXPECT_EQ(texts(one("Norway and Chile have banned the practice.")),
            (std::vector<std::string>{"Norway has banned the practice.", "Chile has banned the practice."}));
}

TEST(Decomposer, SplitsCoordinatedVerbPhrasesCarryingTheAuxiliary) {
  EXPECT_EQ(texts(one("The ministry has expressed its opposition and has supported the ban.")),
            (std::vector<std::string>{"The ministry has expressed its opposition.",
                                      "The ministry has supported the ban."}));
  EXPECT_EQ(texts(one("The unions have held talks and agreed to a pay deal.")),
            (std::vector<std::string>{"The unions have held talks.", "The unions have agreed to a pay deal."}));
}

TEST(Decomposer, SplitsPassiveParticiplesButNotTheAgentPhrase) {
  EXPECT_EQ(texts(one("The bridge, which was built in 1932 and last renovated in 1979, carries 9,000 vehicles a day.")),
            (std::vector<std::string>{"The bridge carries 9,000 vehicles a day.", "The bridge was built in 1932.",
                                      "The bridge was last renovated in 1979."}));
}

TEST(Decomposer, SplitsCoordinatedInfinitivesSharingTheirVerb) {
  EXPECT_EQ(texts(one("The team plans to repeat the experiment and to release corals in 2026.")),
            (std::vector<std::string>{"The team plans to repeat the experiment.",
                                      "The team plans to release corals in 2026."}));
}

TEST(Decomposer, SplitsTheListAfterInclude) {
  EXPECT_EQ(texts(one("Symptoms include a high fever, a cough and a red rash.")),
            (std::vector<std::string>{"Symptoms include a high fever.", "Symptoms include a cough.",
                                      "Symptoms include a red rash."}));
  // A list whose items carry clauses of their own stays whole.
  EXPECT_EQ(texts(one("The plan includes new parks and schools that opened in 2020.")).size(), 1u);
}

TEST(Decomposer, DoesNotSplitCoordinatedNounsOrAdjectives) {
  EXPECT_EQ(texts(one("The plant makes nuclear and missile parts.")).size(), 1u);
  EXPECT_EQ(texts(one("The region was shaped by war and shared beliefs.")).size(), 1u);
}

TEST(Decomposer, TurnsANonRestrictiveRelativeClauseIntoItsOwnClaim) {
  EXPECT_EQ(texts(one("The programs raised concerns in Iran, which has its own nuclear ambitions.")),
            (std::vector<std::string>{"The programs raised concerns in Iran.",
                                      "Iran has its own nuclear ambitions."}));
}

TEST(Decomposer, GivesWhoThePersonBeforeTheirDescription) {
  const std::vector<std::string> claims =
      texts(one("That was the verdict of Ingrid Holm, chief economist at Nordbank, who added that investment was weak."));
  EXPECT_NE(std::find(claims.begin(), claims.end(), "Ingrid Holm added that investment was weak."), claims.end())
      << ::testing::PrintToString(claims);
}

TEST(Decomposer, TurnsAnAppositiveIntoAnIdentityClaim) {
  EXPECT_EQ(texts(one("In 2021, Iran's new President, Ebrahim Raisi, visited Caracas.")),
            (std::vector<std::string>{"In 2021, Ebrahim Raisi visited Caracas.",
                                      "In 2021, Ebrahim Raisi was Iran's new President."}));
}

TEST(Decomposer, TurnsADescriptionAfterANameIntoItsOwnClaim) {
  EXPECT_EQ(texts(one("The outbreak began at a school in Kessel, a town of about 30,000 people.")),
            (std::vector<std::string>{"The outbreak began at a school in Kessel.",
                                      "Kessel is a town of about 30,000 people."}));
}

TEST(Decomposer, GivesAParticipialClauseTheSubjectOfItsSentence) {
  EXPECT_EQ(texts(one("The rebels seized the port, cutting the main supply route.")),
            (std::vector<std::string>{"The rebels seized the port.",
                                      "The rebels cut the main supply route."}));
}

TEST(Decomposer, CutsAParticipialClauseBetweenSubjectAndVerb) {
  EXPECT_EQ(texts(one("Volunteers, led by a local teacher, Margaret Oakes, began clearing the channel in 1987.")),
            (std::vector<std::string>{"Volunteers began clearing the channel in 1987.",
                                      "Volunteers were led by a local teacher, Margaret Oakes."}));
}

TEST(Decomposer, ResolvesItsToThePreviousSubject) {
  Document document;
  document.add("The committee will meet in Arusha in October.");
  EXPECT_EQ(texts(document.add("Its decisions will be binding.")),
            std::vector<std::string>{"The committee's decisions will be binding."});
}

TEST(Decomposer, GivesAFrontedParticipleTheClauseSubject) {
  EXPECT_EQ(texts(one("Founded in 1990, the firm employs 300 people.")),
            (std::vector<std::string>{"The firm employs 300 people.", "The firm was founded in 1990."}));
}

TEST(Decomposer, FindsTheAttributedContentPastAPrepositionalPhrase) {
  const std::vector<AtomicClaim> claims = one("Harbor said in a filing that the deal still needs approval.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "The deal still needs approval.");
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "Harbor");
}

TEST(Decomposer, SplitsUpFromPairs) {
  EXPECT_EQ(texts(one("Unemployment rose to 5.1 percent in May, up from 4.8 percent in April.")),
            (std::vector<std::string>{"Unemployment rose to 5.1 percent in May.",
                                      "Unemployment was 4.8 percent in April."}));
  // A bare number counts what the main clause counted.
  EXPECT_EQ(texts(one("The survey counted 27 fish species in 2024, compared with 11 in 2014.")),
            (std::vector<std::string>{"The survey counted 27 fish species in 2024.",
                                      "The survey counted 11 fish species in 2014."}));
}

TEST(Decomposer, DropsConnectivesAndConcessions) {
  EXPECT_EQ(texts(one("However, despite the tensions, both sides kept their embassies open.")).front(),
            "Both sides kept their embassies open.");
}

TEST(Decomposer, RecordsNamedAttributionAndKeepsTheContent) {
  const std::vector<AtomicClaim> claims = one("According to the ministry, exports fell by 4 percent.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "Exports fell by 4 percent.");
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "the ministry");
  EXPECT_FALSE(claims[0].attribution->vague);

  const std::vector<AtomicClaim> said = one("Maria Lopez said that the plant would close in March.");
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(said[0].text, "The plant would close in March.");
  ASSERT_TRUE(said[0].attribution.has_value());
  EXPECT_EQ(said[0].attribution->who, "Maria Lopez");
}

TEST(Decomposer, KeepsADirectQuotationWholeAndRecordsItsSpeaker) {
  const std::vector<AtomicClaim> claims =
      one("\"We have never seen inflows this weak in March,\" said board chair Maria Lopez.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "\"We have never seen inflows this weak in March,\" said board chair Maria Lopez.");
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "Maria Lopez");
  EXPECT_FALSE(claims[0].attribution->vague);
}

TEST(Decomposer, FlagsUnnamedSourcesAsVague) {
  for (const char* sentence :
       {"However, some analysts believe that the sanctions may have failed.",
        "It is believed that the ship sank in 1917.", "The deal collapsed, officials said.",
        "The plant will close in May, a Kenyan official said.",
        "Shop owners on Mill Street say that sales fell by a third.",
        "The governor is widely expected to resign in June."}) {
    const std::vector<AtomicClaim> claims = one(sentence);
    ASSERT_FALSE(claims.empty()) << sentence;
    ASSERT_TRUE(claims[0].attribution.has_value()) << sentence;
    EXPECT_TRUE(claims[0].attribution->vague) << sentence;
  }
}

TEST(Decomposer, DoesNotFlagNamedSourcesOrDocuments) {
  for (const char* sentence :
       {"The ministry said that exports fell by 4 percent.",
        "A study published in Marine Ecology Letters found that 60 percent of the reef had bleached.",
        "Exports fell by 4 percent, according to Statistics Norway."}) {
    const std::vector<AtomicClaim> claims = one(sentence);
    ASSERT_FALSE(claims.empty()) << sentence;
    if (claims[0].attribution) {
      EXPECT_FALSE(claims[0].attribution->vague) << sentence;
    }
  }
}

TEST(Decomposer, MarksBeliefsForecastsAndRecommendationsNotCheckworthy) {
  EXPECT_EQ(one("Historians believe the fire started in the bakery.")[0].not_checkworthy_reason, "opinion");
  EXPECT_EQ(one("Higher rates could slow growth later this year.")[0].not_checkworthy_reason, "future");
  EXPECT_EQ(one("The authority recommends that farms plant hedges.")[0].not_checkworthy_reason, "opinion");
  // A schedule can be checked.
  EXPECT_EQ(one("The bridge will reopen on 3 May.")[0].not_checkworthy_reason, "");
}

TEST(Decomposer, RecordsHedges) {
  const std::vector<AtomicClaim> claims = one("The minister reportedly resigned and may face charges.");
  ASSERT_FALSE(claims.empty());
  EXPECT_NE(std::find(claims[0].hedges.begin(), claims[0].hedges.end(), "reportedly"), claims[0].hedges.end());
}

TEST(Decomposer, ResolvesBothCountriesToTheNearestPair) {
  Document document;
  document.add("Iran and North Korea share a common adversary.");
  const std::vector<AtomicClaim> claims = document.add("Both countries have been accused of hiding missiles.");
  ASSERT_FALSE(claims.empty());
  EXPECT_NE(claims[0].text.find("Iran"), std::string::npos) << claims[0].text;
  EXPECT_TRUE(claims[0].ambiguous.empty());
  // The antecedent's bytes are among the claim's source spans.
  const std::string& text = document.text();
  bool covers_iran = false;
  for (const Span& span : claims[0].source_spans) {
    covers_iran = covers_iran || text.substr(span.start, span.size()) == "Iran";
  }
  EXPECT_TRUE(covers_iran);
}

TEST(Decomposer, BothCompaniesAreTheNearestPairOfCompanies) {
  Document document;
  document.add("Harbor Foods and Lindqvist Group agreed to merge.");
  document.add("Regulators in the European Union and Norway must approve the deal.");
  EXPECT_EQ(texts(document.add("Both companies reported falling profits last year.")),
            (std::vector<std::string>{"Harbor Foods reported falling profits last year.",
                                      "Lindqvist Group reported falling profits last year."}));
}

TEST(Decomposer, ThePartiesOfAPastEventHoldTheirSeatsInThePresent) {
  Document document;
  document.add("After eleven weeks of talks, the Social Democrats and the Green Alliance signed a deal.");
  // The pair keeps its articles; a present-tense claim is not dated by the
  // signing.
  EXPECT_EQ(texts(document.add("The two parties hold 78 of the 150 seats.")),
            std::vector<std::string>{"The Social Democrats and the Green Alliance hold 78 of the 150 seats."});
}

TEST(Decomposer, ANameModifyingANounIsNoPartner) {
  Document document;
  document.add("On Monday, Brandt and the Green Alliance leader met at the palace.");
  // Not "Brandt and Green Alliance's congresses".
  EXPECT_EQ(texts(document.add("Their congresses approved the deal.")),
            std::vector<std::string>{"Their congresses approved the deal."});
}

TEST(Decomposer, CarriesTheTimeFrameOfAnEventToItsParticipants) {
  Document document;
  document.add("In 2019, President Alma Reyes met with Prime Minister Jon Hale in Oslo.");
  const std::vector<AtomicClaim> claims =
      document.add("The two leaders discussed trade and agreed to cut tariffs.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"In 2019, Alma Reyes and Jon Hale discussed trade.",
                                                     "In 2019, Alma Reyes and Jon Hale agreed to cut tariffs."}));
}

TEST(Decomposer, NamesTheThingADefiniteNounPhraseRefersTo) {
  Document document;
  document.add("The council decided to close the Old Mill Bridge for repairs.");
  EXPECT_EQ(texts(document.add("The bridge was built in 1932.")),
            std::vector<std::string>{"The Old Mill Bridge was built in 1932."});
}

TEST(Decomposer, LeavesADefiniteNounPhraseAloneWhenTwoThingsCouldBeMeant) {
  Document document;
  document.add("Crews inspected the Old Mill Bridge and the Station Road Bridge.");
  EXPECT_EQ(texts(document.add("The bridge was built in 1932.")),
            std::vector<std::string>{"The bridge was built in 1932."});
}

TEST(Decomposer, KeepsDescribedPeopleTogetherAndTheirCountriesAsAPair) {
  Document document;
  document.add("In Nairobi, the presidents of Kenya and Tanzania met on Friday.");
  EXPECT_EQ(texts(document.add("They pledged to cut waiting times at the border.")),
            std::vector<std::string>{"In Nairobi, the presidents of Kenya and Tanzania pledged to cut waiting times at the border."});
  EXPECT_EQ(texts(document.add("Trade between the two countries fell last year.")),
            std::vector<std::string>{"Trade between Kenya and Tanzania fell last year."});
}

TEST(Decomposer, DropsAParentheticalWithBothItsCommas) {
  EXPECT_EQ(texts(one("Tanzania, in turn, has accused Kenya of blocking its maize.")),
            std::vector<std::string>{"Tanzania has accused Kenya of blocking its maize."});
}

TEST(Decomposer, KeepsTheCommasOfAListThatFollowsAnAdverb) {
  EXPECT_EQ(texts(one("The company moved 300,000 tons of goods a year, mostly coal, grain and salt.")),
            std::vector<std::string>{"The company moved 300,000 tons of goods a year, mostly coal, grain and salt."});
}

TEST(Decomposer, SplitsAClosingWhenClause) {
  EXPECT_EQ(texts(one("Riverton equalised shortly after half-time, when Tomas Novak curled a free kick into the top corner.")),
            (std::vector<std::string>{"Riverton equalised shortly after half-time.",
                                      "Tomas Novak curled a free kick into the top corner."}));
  // Inside the main clause, a when-clause is a parenthetical and stays.
  EXPECT_EQ(texts(one("During an attack, when systems may fail, the buildings keep working.")).size(), 1u);
}

TEST(Decomposer, SplitsAnAppositiveFollowedByARelativeClause) {
  EXPECT_EQ(texts(one("Riverton's coach, Pedro Alves, who joined the club in January, dedicated the victory to the fans.")),
            (std::vector<std::string>{"Pedro Alves dedicated the victory to the fans.",
                                      "Pedro Alves joined the club in January.",
                                      "Pedro Alves was Riverton's coach."}));
}

TEST(Decomposer, SplitsCoordinatedNamesAfterAPreposition) {
  EXPECT_EQ(texts(one("The deal still needs approval from regulators in the European Union and Norway.")),
            (std::vector<std::string>{"The deal still needs approval from regulators in the European Union.",
                                      "The deal still needs approval from regulators in Norway."}));
  // A shared phrase after the names goes with each of them.
  EXPECT_EQ(texts(one("Senators worked with Democrats and Republicans to reform the system.")),
            (std::vector<std::string>{"Senators worked with Democrats to reform the system.",
                                      "Senators worked with Republicans to reform the system."}));
}

TEST(Decomposer, KeepsNamesThatOnlyTogetherNameOneThing) {
  for (const char* sentence : {
           "Talks between Iran and Syria resumed.",                         // between: both at once
           "He studied at the College of William and Mary until 1850.",    // one name with "and"
           "He was inducted into the Rock and Roll Hall of Fame in 2000.",  // one name with "and"
           "She holds a degree in Electrical and Computer Engineering.",    // a shared head noun
           "They stayed neutral in the Iran and Iraq war.",                 // the names modify "war"
           "He met voters in Ohio and Michigan and Texas.",                 // a longer list
           "He spoke to Anna and I in Paris.",                              // "I" names nobody
       }) {
    EXPECT_EQ(texts(one(sentence)).size(), 1u) << sentence;
  }
}

TEST(Decomposer, TurnsAWhereClauseAfterAPlaceIntoItsOwnClaim) {
  EXPECT_EQ(texts(one("The combined company will be based in Gothenburg, where Lindqvist has its headquarters.")),
            (std::vector<std::string>{"The combined company will be based in Gothenburg.",
                                      "Lindqvist has its headquarters in Gothenburg."}));
  // A list inside the clause stays in it.
  EXPECT_EQ(texts(one("She works at Acme Labs, where she studies rice, wheat, and maize.")),
            (std::vector<std::string>{"She works at Acme Labs.", "She studies rice, wheat, and maize at Acme Labs."}));
  // "in 2006, where" is about the club, not the year: left whole.
  EXPECT_EQ(texts(one("He moved to FC Porto in 2006, where he won the cup.")).size(), 1u);
}

TEST(Decomposer, GivesTheAppositiveOnlyItsOwnConjunct) {
  EXPECT_EQ(texts(one("The council and the bus operator, Greenline, have agreed to run an extra service.")),
            (std::vector<std::string>{"The council and Greenline have agreed to run an extra service.",
                                      "Greenline is the bus operator."}));
}

TEST(Decomposer, ASpeakersRoleIsAClaimAndTheNameIsTheSpeaker) {
  // Role first: the name between the commas speaks.
  std::vector<AtomicClaim> claims = one("ESA's director of science, Carole Mundell, said the finding was new.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"Carole Mundell is ESA's director of science.",
                                                     "The finding was new."}));
  ASSERT_TRUE(claims[1].attribution.has_value());
  EXPECT_EQ(claims[1].attribution->who, "Carole Mundell");
  // A relative clause about the speaker, with an abbreviated title in the name.
  claims = one("Dr. Amara Diallo, who heads the disease control unit, said the first case was a child.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"Amara Diallo heads the disease control unit.",
                                                     "The first case was a child."}));
  EXPECT_EQ(claims[1].attribution->who, "Dr. Amara Diallo");
  // After a quotation.
  claims = one("\"We were surprised,\" said Dr. Emma Tran, the study's lead author.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].text, "Emma Tran is the study's lead author.");
  ASSERT_TRUE(claims[1].attribution.has_value());
  EXPECT_EQ(claims[1].attribution->who, "Emma Tran");
  // Unnamed speakers say nothing checkable about themselves.
  EXPECT_EQ(texts(one("Officials, who asked not to be named, said the talks had failed.")),
            std::vector<std::string>{"The talks had failed."});
}

TEST(Decomposer, ADescriptionBetweenSubjectAndVerbTakesBothCommas) {
  EXPECT_EQ(texts(one("Tran and her colleague Dr. Paul Okafor, a geneticist at the university, identified 40 genes.")),
            (std::vector<std::string>{"Tran and her colleague Dr. Paul Okafor identified 40 genes.",
                                      "Paul Okafor is a geneticist at the university."}));
}

TEST(Decomposer, TheNounOfAnEarlierNameIsThatName) {
  Document document;
  document.add("The Saltmarsh Canal opened in 1821.");
  document.add("The Third World was a term of the Cold War.");
  EXPECT_EQ(texts(document.add("After 1851, traffic on the canal fell sharply.")),
            std::vector<std::string>{"After 1851, traffic on the Saltmarsh Canal fell sharply."});
  // Not a noun that names no one place, nor one that a clause restricts.
  EXPECT_EQ(texts(document.add("Trade in the world fell.")), std::vector<std::string>{"Trade in the world fell."});
  EXPECT_EQ(texts(document.add("Boats crossed the canal they built.")),
            std::vector<std::string>{"Boats crossed the canal they built."});
  // Two canals: which one is unclear.
  document.add("The Dunmore Canal was longer.");
  EXPECT_EQ(texts(document.add("Traffic on the canal rose.")), std::vector<std::string>{"Traffic on the canal rose."});
}

TEST(Decomposer, AQuotationsSheIsThePersonTheSentencesBeforeWereAbout) {
  Document document;
  document.add("Joan Pike, who was eight when she left, remembers arriving in Ludlow.");
  document.add("She and her brother lived with a farming family until 1942.");
  std::vector<AtomicClaim> claims = document.add("\"They treated us as their own,\" she said.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "\"They treated us as their own,\" Joan Pike said.");
  EXPECT_TRUE(claims[0].quotation);
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "Joan Pike");
  // "he" is not Joan Pike; and a sentence with two names, neither of
  // which opens it, leaves it open.
  EXPECT_EQ(document.add("\"It was hard,\" he said.")[0].text, "\"It was hard,\" he said.");
  document.add("The award went to Pedro Alves and Maria Lopez.");
  EXPECT_EQ(document.add("\"We waited,\" he said.")[0].text, "\"We waited,\" he said.");
}

TEST(Decomposer, AClosingParticipleAfterAClauseOrAnAdverbDescribesTheSubject) {
  EXPECT_EQ(texts(one("Volunteers began clearing the channel in 1987, led by a local teacher, Margaret Oakes, "
                      "who later wrote a history of the canal.")),
            (std::vector<std::string>{"Volunteers began clearing the channel in 1987.",
                                      "Volunteers were led by a local teacher, Margaret Oakes.",
                                      "Margaret Oakes later wrote a history of the canal."}));
  EXPECT_EQ(texts(one("The firm grew fast, helped by low rates.")),
            (std::vector<std::string>{"The firm grew fast.", "The firm was helped by low rates."}));
  // After an object it describes the object.
  EXPECT_EQ(texts(one("The council imposed new fees on landlords, aimed at curbing empty homes.")),
            (std::vector<std::string>{"The council imposed new fees on landlords.",
                                      "New fees on landlords were aimed at curbing empty homes."}));
}

TEST(Decomposer, SplitsCoordinatedPluralNounsKeepingThePluralVerb) {
  EXPECT_EQ(texts(one("Teachers and nurses went on strike in March.")),
            (std::vector<std::string>{"Teachers went on strike in March.", "Nurses went on strike in March."}));
  EXPECT_EQ(texts(one("Wages and incomes have gone down.")),
            (std::vector<std::string>{"Wages have gone down.", "Incomes have gone down."}));
  // Not a total, a collective predicate, or singulars the verb agrees with.
  for (const char* whole : {"Exports of machinery and fish rose by 12 percent.", "Teachers and nurses met in March.",
                            "The mayor and the governor were present."}) {
    EXPECT_EQ(texts(one(whole)), std::vector<std::string>{whole});
  }
}

TEST(Decomposer, TodayFramesAndSinceThenIsTheYearBefore) {
  Document document;
  document.add("Salmon were reintroduced in 2016.");
  EXPECT_EQ(texts(document.add("Since then, oxygen levels in the water have doubled.")),
            std::vector<std::string>{"Since 2016, oxygen levels in the water have doubled."});
  EXPECT_EQ(texts(document.add("Today, otters have returned.")),
            std::vector<std::string>{"Today, otters have returned."});
  // Two years, or a decade, before: which one is unclear.
  document.add("China made its debut in 1952 but rose in the 1980s.");
  EXPECT_EQ(texts(document.add("Since then, its teams have won often.")).front().rfind("Since then,", 0), 0u);
}

TEST(Decomposer, ASecondVerbPhraseKeepsTheSubjectAndTheModal) {
  EXPECT_EQ(texts(one("He has also released two albums, and has performed at festivals in Brazil.")),
            (std::vector<std::string>{"He has also released two albums.", "He has performed at festivals in Brazil."}));
  EXPECT_EQ(texts(one("That would break the industry and throw many people out of work.")),
            (std::vector<std::string>{"That would break the industry.", "That would throw many people out of work."}));
  EXPECT_EQ(texts(one("We have to go after them and get them wherever they are.")),
            (std::vector<std::string>{"We have to go after them.", "We have to get them wherever they are."}));
  // Irregular pasts are verbs; a plural after a number is not.
  EXPECT_EQ(texts(one("The ship sank 42 ships and was sunk in 1915.")),
            (std::vector<std::string>{"The ship sank 42 ships.", "The ship was sunk in 1915."}));
}

TEST(Decomposer, ListsOfNamesAfterAPrepositionSplitAndLoseNoItem) {
  EXPECT_EQ(texts(one("Valpy has lectured at the University of Toronto, Ryerson University and York University.")),
            (std::vector<std::string>{"Valpy has lectured at the University of Toronto.",
                                      "Valpy has lectured at Ryerson University.", "Valpy has lectured at York University."}));
  EXPECT_EQ(texts(one("He played in Serbia, Croatia, and the United States.")),
            (std::vector<std::string>{"He played in Serbia.", "He played in Croatia.", "He played in the United States."}));
  // A name that reads like a verb is not a trailing "X said".
  EXPECT_EQ(texts(one("He visited Serbia, and the United States.")),
            std::vector<std::string>{"He visited Serbia, and the United States."});
  // Names with commas inside, and the tail of a longer list, stay whole.
  for (const char* whole : {"She studied at the Ministry of Education, University and Research.",
                            "She was educated at The Lawrence School, Sanawar and Lady Shri Ram College.",
                            "He starred in Grey's Anatomy, Men in Trees, and Nashville."}) {
    EXPECT_EQ(texts(one(whole)), std::vector<std::string>{whole});
  }
}

TEST(Decomposer, BirthsAreClaimsOfTheirOwn) {
  EXPECT_EQ(texts(one("Tiffany Haddish (born December 3, 1979) is an American comedian.")),
            (std::vector<std::string>{"Tiffany Haddish is an American comedian.",
                                      "Tiffany Haddish was born December 3, 1979."}));
  EXPECT_EQ(texts(one("Song Kang is a South Korean actor, born on April 23, 1994.")),
            (std::vector<std::string>{"Song Kang is a South Korean actor.", "Song Kang was born on April 23, 1994."}));
  EXPECT_EQ(texts(one("Born in Tehran in 1940, Shahnaz is the only daughter of the Shah.")),
            (std::vector<std::string>{"Shahnaz is the only daughter of the Shah.", "Shahnaz was born in Tehran in 1940."}));
}

TEST(Decomposer, AnActiveSecondVerbTakesNoPassiveAuxiliary) {
  EXPECT_EQ(texts(one("He was born in Boulogne and studied music at the Conservatoire.")),
            (std::vector<std::string>{"He was born in Boulogne.", "He studied music at the Conservatoire."}));
  EXPECT_EQ(texts(one("He was born in Osaka and grew up in the Alps.")),
            (std::vector<std::string>{"He was born in Osaka.", "He grew up in the Alps."}));
  // A passive goes on: "built in 1932 and (was) renovated in 1979".
  EXPECT_EQ(texts(one("The bridge was built in 1932 and renovated in 1979.")),
            (std::vector<std::string>{"The bridge was built in 1932.", "The bridge was renovated in 1979."}));
}

TEST(Decomposer, EachRoleInAListOfNounsIsAClaim) {
  EXPECT_EQ(texts(one("Michael Valpy is a Canadian journalist, author and academic.")),
            (std::vector<std::string>{"Michael Valpy is a Canadian journalist.", "Michael Valpy is an author.",
                                      "Michael Valpy is an academic."}));
  EXPECT_EQ(texts(one("He was a teacher and union leader in Leeds.")),
            (std::vector<std::string>{"He was a teacher in Leeds.", "He was a union leader in Leeds."}));
  // Not a judgement, a phrase with "of", or a relative clause's objects.
  for (const char* whole : {"It is a complex and evolving relationship.", "She is a member of the council and the party.",
                            "He is a multi-instrumentalist who plays guitar, banjo, and piano."}) {
    EXPECT_EQ(texts(one(whole)), std::vector<std::string>{whole});
  }
}

TEST(Decomposer, DatesListsAndParticiplesLoseNoWords) {
  // A date between commas is content, not a connective.
  EXPECT_EQ(texts(one("He was born in Boston, Massachusetts, on May 31, 1982.")),
            std::vector<std::string>{"He was born in Boston, Massachusetts, on May 31, 1982."});
  // Gerunds in a list are items, not participial clauses.
  EXPECT_EQ(texts(one("It has uses in many fields including logistics, scheduling, manufacturing, and telecommunications.")),
            std::vector<std::string>{"It has uses in many fields including logistics, scheduling, manufacturing, and telecommunications."});
  // A participial clause that opens a list runs to its end.
  EXPECT_EQ(texts(one("She is an active philanthropist, supporting causes such as cancer research, children's charities, "
                      "and the arts.")),
            (std::vector<std::string>{"She is an active philanthropist.",
                                      "She is supporting causes such as cancer research, children's charities, and the arts."}));
  EXPECT_EQ(texts(one("He is one of the few actors to have achieved the Triple Crown, having won an Oscar, an Emmy, and a Tony.")),
            (std::vector<std::string>{"He is one of the few actors to have achieved the Triple Crown.",
                                      "He has won an Oscar, an Emmy, and a Tony."}));
}

TEST(Decomposer, CopulasAndHadAsVerbsCoordinateWithoutLendingThemselves) {
  EXPECT_EQ(texts(one("He had a batting average of .317 and finished with 3,000 hits.")),
            (std::vector<std::string>{"He had a batting average of .317.", "He finished with 3,000 hits."}));
  EXPECT_EQ(texts(one("He was a member of the team and served as captain.")),
            (std::vector<std::string>{"He was a member of the team.", "He served as captain."}));
  // Inside a relative clause the "and" is the clause's own.
  EXPECT_EQ(texts(one("She was a journalist who specialized in politics and organized crime.")),
            std::vector<std::string>{"She was a journalist who specialized in politics and organized crime."});
}

TEST(Decomposer, AVerbAfterAnObjectRelativeClauseIsTheClauses) {
  // The reporter was mimicked and mocked, both by "he"; "She mocked" would
  // be a claim the text does not make.
  EXPECT_EQ(texts(one("She described the reporter that he mimicked and mocked on national television.")),
            std::vector<std::string>{"She described the reporter that he mimicked and mocked on national television."});
  // A subject relative ends before the "and", which goes on with the main
  // subject; so does an object relative with more after its verb.
  EXPECT_EQ(texts(one("She wrote the novel that made her famous and moved to Paris.")),
            (std::vector<std::string>{"She wrote the novel that made her famous.", "She moved to Paris."}));
  EXPECT_EQ(texts(one("He sold the house that he built in 1990 and moved to Leeds.")),
            (std::vector<std::string>{"He sold the house that he built in 1990.", "He moved to Leeds."}));
}

TEST(Decomposer, MoreReportingVerbsAndLongerSpeakerDescriptions) {
  // "pointed out that", a present "report" after its speaker, and a
  // speaker with a long description: each gives the source.
  const auto pointed = one("Professor Daniel Ruiz, a sleep specialist at the Marlowe Institute who was not involved "
                           "in the research, pointed out that the study was observational.");
  const auto observational = std::find_if(pointed.begin(), pointed.end(), [](const AtomicClaim& claim) {
    return claim.text == "The study was observational.";
  });
  ASSERT_NE(observational, pointed.end()) << ::testing::PrintToString(texts(pointed));
  ASSERT_TRUE(observational->attribution.has_value());
  EXPECT_EQ(observational->attribution->who, "Professor Daniel Ruiz");
  const auto report = one("Pupils who caught up at weekends did not make up the difference, the authors report.");
  ASSERT_EQ(texts(report), std::vector<std::string>{"Pupils who caught up at weekends did not make up the difference."});
  ASSERT_TRUE(report[0].attribution.has_value());
  EXPECT_EQ(report[0].attribution->who, "the authors");
  // A noun after an article is no reporting verb.
  const auto welcomed = one("The county council, which ran the school until 2022, welcomed the report.");
  ASSERT_FALSE(welcomed.empty());
  EXPECT_EQ(welcomed[0].text, "The county council welcomed the report.");
  EXPECT_FALSE(welcomed[0].attribution.has_value());
}

TEST(Decomposer, AVerbPhraseWithItsOwnTimeIsNotDatedByTheFrame) {
  EXPECT_EQ(texts(one("In 2010, the firm cut 300 jobs, but it has since hired 500 people.")),
            (std::vector<std::string>{"In 2010, the firm cut 300 jobs.", "It has since hired 500 people."}));
  EXPECT_EQ(texts(one("In January 1993, he was released after serving four years but returned to prison in 1995.")),
            (std::vector<std::string>{"In January 1993, he was released after serving four years.",
                                      "He returned to prison in 1995."}));
  // The frame still dates what the phrase's own time is inside of, or ends.
  EXPECT_EQ(texts(one("In 2018, Abdou Diallo joined Dortmund, where he has since become a key player.")).front(),
            "In 2018, Abdou Diallo joined Dortmund, where he has since become a key player.");
  EXPECT_EQ(texts(one("In 1931, Fischer served as its president until his retirement in 1967.")).front(),
            "In 1931, Fischer served as its president until his retirement in 1967.");
}

TEST(Decomposer, TheBankIsABankTheDocumentNamed) {
  // A name holding the word comes before a nearer firm.
  Document document;
  document.add("Halvard Bank raised its main rate on Thursday.");
  document.add("Harbor Foods cut its prices.");
  EXPECT_EQ(texts(document.add("The bank expects inflation to fall next year.")),
            std::vector<std::string>{"Halvard Bank expects inflation to fall next year."});
  // A body of another kind is no bank.
  Document association;
  association.add("The Marvonian Banking Association published its own figures.");
  const auto claims = association.add("The bank expects inflation to fall next year.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "The bank expects inflation to fall next year.");
  EXPECT_EQ(claims[0].ambiguous, std::vector<std::string>{"the bank"});
}

TEST(Decomposer, WhatAnUnnamedGroupThinksAsksWho) {
  // The claim is the sentence; the unnamed group is its source, flagged.
  for (const char* sentence : {"Some investors remain wary after two profit warnings.",
                               "Others have questioned the trackers themselves.", "Many fans certainly thought so.",
                               "Not all experts are persuaded."}) {
    const auto claims = one(sentence);
    ASSERT_EQ(claims.size(), 1u) << sentence;
    EXPECT_EQ(claims[0].text, sentence);
    ASSERT_TRUE(claims[0].attribution.has_value()) << sentence;
    EXPECT_TRUE(claims[0].attribution->vague) << sentence;
  }
  // "Some" alone may be the group: "Some questioned whether ...".
  const auto some = one("Some questioned whether a quarter-point move would be enough.");
  ASSERT_EQ(some.size(), 1u);
  ASSERT_TRUE(some[0].attribution.has_value());
  EXPECT_TRUE(some[0].attribution->vague);
  // A view is no fact the document asserts.
  EXPECT_EQ(one("Some investors remain wary after two profit warnings.")[0].not_checkworthy_reason, "opinion");
  const auto critics = one("Critics argue that the grant is too small for older homes.");
  ASSERT_EQ(critics.size(), 1u);
  EXPECT_EQ(critics[0].not_checkworthy_reason, "opinion");
  // How an unnamed group describes something is theirs too.
  const auto pilots = one("Local pilots have long described the approach as one of the hardest in the country.");
  ASSERT_EQ(pilots.size(), 1u);
  ASSERT_TRUE(pilots[0].attribution.has_value());
  EXPECT_TRUE(pilots[0].attribution->vague);
  // Things hold no views; a named body is no unnamed source.
  EXPECT_FALSE(one("Prices remained high in May.")[0].attribution.has_value());
  EXPECT_FALSE(one("The council remains committed to the plan.")[0].attribution.has_value());
}

TEST(Decomposer, ASpeakerWithARelativeClauseStillReports) {
  // The verb of saying after the speaker's relative clause is the report's.
  const auto drivers = one("Some drivers who worked for the firm said they had been paid late.");
  ASSERT_EQ(drivers.size(), 1u);
  ASSERT_TRUE(drivers[0].attribution.has_value());
  EXPECT_EQ(drivers[0].attribution->who, "Some drivers who worked for the firm");
  EXPECT_TRUE(drivers[0].attribution->vague);
  // A verb inside the relative clause still reports nothing.
  const auto residents = one("Residents who said they were worried attended the meeting.");
  ASSERT_EQ(residents.size(), 1u);
  EXPECT_FALSE(residents[0].attribution.has_value());
}

TEST(Decomposer, ASecondClauseMayHaveAParticiplesPhraseBeforeItsVerb) {
  EXPECT_EQ(texts(one("Nineteen bridges are still standing, and the Aske Bridge, now closed to motor traffic, was "
                      "listed as a protected monument in 1971.")),
            (std::vector<std::string>{"Nineteen bridges are still standing.",
                                      "The Aske Bridge was listed as a protected monument in 1971.",
                                      "The Aske Bridge is now closed to motor traffic."}));
}

TEST(Decomposer, AnOwnersRoleBeforeANameDescribesTheName) {
  EXPECT_EQ(texts(one("Harwick's lock Ben Sutter was carried off on a stretcher.")),
            (std::vector<std::string>{"Ben Sutter was carried off on a stretcher.", "Ben Sutter is Harwick's lock."}));
  // "his" in the description is the person the document is about.
  Document document;
  document.add("Harrison Ford, an American actor, was born in Chicago in 1942.");
  EXPECT_EQ(texts(document.add("His younger brother Terence was born in 1945.")),
            (std::vector<std::string>{"Terence was born in 1945.", "Terence was Harrison Ford's younger brother."}));
  // Not a contraction ("That's what ... said") or an adjective ("nine-member").
  EXPECT_EQ(texts(one("That's what Admiral Mullen said.")), std::vector<std::string>{"That's what Admiral Mullen said."});
  EXPECT_EQ(texts(one("The bank's nine-member Monetary Policy Council voted 7-2.")),
            std::vector<std::string>{"The bank's nine-member Monetary Policy Council voted 7-2."});
}

TEST(Decomposer, APartOfThePluralBeforeItIsAClaim) {
  // ", most of them X": X is said of most of the plural before the comma.
  EXPECT_EQ(texts(one("Eleven people were taken to hospital with minor injuries, most of them sprains and bruises.")),
            (std::vector<std::string>{"Eleven people were taken to hospital with minor injuries.",
                                      "Most of the minor injuries were sprains and bruises."}));
  // After a clause that ends on its verb, "them" is its subject.
  EXPECT_EQ(texts(one("More than 600 coins were found, the latest of them minted under Constantine.")),
            (std::vector<std::string>{"More than 600 coins were found.",
                                      "The latest of the coins were minted under Constantine."}));
  // Between the subject and its verb, in that verb's tense.
  EXPECT_EQ(texts(one("Two earlier bidders, one of them from the United States, had pulled out.")),
            (std::vector<std::string>{"Two earlier bidders had pulled out.",
                                      "One of the earlier bidders was from the United States."}));
  // A phrase of the verb left out: the verb goes in again.
  EXPECT_EQ(texts(one("About 160 posts will go, most of them through voluntary redundancy.")),
            (std::vector<std::string>{"About 160 posts will go.",
                                      "Most of the posts will go through voluntary redundancy."}));
  // Not before a description of its own.
  EXPECT_EQ(texts(one("Eleven ships were diverted to other ports, most of them to Drayford, a town up the coast.")),
            (std::vector<std::string>{"Eleven ships were diverted to other ports, most of them to Drayford.",
                                      "Drayford is a town up the coast."}));
}

TEST(Decomposer, TwoThatClausesOfOneVerbAreTwoClaims) {
  EXPECT_EQ(texts(one("Libya understood that America would enforce the doctrine and that the world was better for it.")),
            (std::vector<std::string>{"Libya understood that America would enforce the doctrine.",
                                      "Libya understood that the world was better for it."}));
  // "and that is", "and that's", "and that better way": no second clause.
  EXPECT_EQ(texts(one("I know that we have a choice to make and that is to treat people with tolerance.")),
            std::vector<std::string>{"I know that we have a choice to make and that is to treat people with tolerance."});
}

TEST(Decomposer, AGappedClauseTakesTheVerbAndTheUnit) {
  // "and the first officer about 3,100": the second subject has the first
  // verb, and its bare number the first number's unit.
  EXPECT_EQ(texts(one("The captain had more than 12,000 hours of flying experience and the first officer about 3,100.")),
            (std::vector<std::string>{"The captain had more than 12,000 hours of flying experience.",
                                      "The first officer had about 3,100 hours of flying experience."}));
  EXPECT_EQ(texts(one("In 2019, exports grew by 4% and imports by 2%.")),
            (std::vector<std::string>{"In 2019, exports grew by 4%.", "In 2019, imports grew by 2%."}));
  // Only the unit, not a phrase of place ("in Leeds" may not hold for the group).
  EXPECT_EQ(texts(one("The company employs 300 people in Leeds and the group 1,200.")),
            (std::vector<std::string>{"The company employs 300 people in Leeds.", "The group employs 1,200 people."}));
  // No gap: two times, a title with a year, a negation.
  EXPECT_EQ(texts(one("He used 37 cards between March 2021 and August 2023.")),
            std::vector<std::string>{"He used 37 cards between March 2021 and August 2023."});
  EXPECT_EQ(texts(one("She starred in the films Grease and Airport 1975.")),
            std::vector<std::string>{"She starred in the films Grease and Airport 1975."});
  EXPECT_EQ(texts(one("The deadline is 30 days and not 60.")),
            std::vector<std::string>{"The deadline is 30 days and not 60."});
}

TEST(Decomposer, AnItsTheSubjectCannotOwnPointsBack) {
  // A copula's complement is not the subject's own: "its" is the Trust's.
  Document trust;
  trust.add("The Tide Trust restored the mill in 2019.");
  const auto chief = trust.add("Lena Brandt is its chief executive.");
  ASSERT_EQ(chief.size(), 1u);
  EXPECT_EQ(chief[0].text, "Lena Brandt is the Tide Trust's chief executive.");
  EXPECT_TRUE(chief[0].ambiguous.empty());
  // Volunteers own no "its" either: unclear, so kept and flagged.
  Document beach;
  beach.add("Volunteers from three towns cleaned the beach on Saturday.");
  const auto unclear = beach.add("Lena Brandt is its chief executive.");
  ASSERT_EQ(unclear.size(), 1u);
  EXPECT_EQ(unclear[0].text, "Lena Brandt is its chief executive.");
  EXPECT_EQ(unclear[0].ambiguous, std::vector<std::string>{"its"});
  // A plural subject after a fronted time ("Ten years ago,") of the
  // sentence before.
  Document river;
  river.add("Ten years ago, the Vela was one of the most polluted rivers in the region.");
  EXPECT_EQ(texts(river.add("Otters have returned to its lower reaches.")),
            std::vector<std::string>{"Otters have returned to the Vela's lower reaches."});
  // Something the sentence names before "its" owns it; so does an idiom.
  const auto allies = one("Iran and North Korea aligned with the Soviet Union and its allies.");
  ASSERT_EQ(allies.size(), 2u);
  EXPECT_EQ(allies[0].text, "Iran aligned with the Soviet Union and its allies.");
  EXPECT_TRUE(allies[0].ambiguous.empty());
  EXPECT_TRUE(allies[1].ambiguous.empty());
  Document idiom;
  idiom.add("The Tide Trust restored the mill in 2019.");
  const auto own = idiom.add("Volunteers now run it on its own.");
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].text, "Volunteers now run it on its own.");
  EXPECT_EQ(std::count(own[0].ambiguous.begin(), own[0].ambiguous.end(), "its"), 0);
}

TEST(Decomposer, ADescribedSourceIsTheNameItResolvesTo) {
  // A reviewer asks the union, not "the union": the source is recorded by
  // the name the document gave it, wherever the report stands.
  Document document;
  document.add("The Harbour and Transport Workers' Union called a strike at Castmere on Monday.");
  const auto said = document.add("The union said the dispute was about pay.");
  ASSERT_EQ(texts(said), std::vector<std::string>{"The dispute was about pay."});
  ASSERT_TRUE(said[0].attribution.has_value());
  EXPECT_EQ(said[0].attribution->who, "the Harbour and Transport Workers' Union");
  const auto trailing = document.add("Talks will resume on Friday, according to the union.");
  ASSERT_EQ(trailing.size(), 1u);
  ASSERT_TRUE(trailing[0].attribution.has_value());
  EXPECT_EQ(trailing[0].attribution->who, "the Harbour and Transport Workers' Union");

  // A reported clause may open with a noun that can be a verb ("demand").
  Document firm;
  firm.add("Castmere Freight Ltd cut 200 jobs in May.");
  const auto demand = firm.add("The company said demand had fallen.");
  ASSERT_EQ(texts(demand), std::vector<std::string>{"Demand had fallen."});
  ASSERT_TRUE(demand[0].attribution.has_value());
  EXPECT_EQ(demand[0].attribution->who, "Castmere Freight Ltd");

  // Two firms: "the company" could be either, and stays as written.
  Document two;
  two.add("Acme Foods and Harbor Bank announced a merger.");
  const auto unclear = two.add("The company said the deal would close in May.");
  ASSERT_EQ(texts(unclear), std::vector<std::string>{"The deal would close in May."});
  ASSERT_TRUE(unclear[0].attribution.has_value());
  EXPECT_EQ(unclear[0].attribution->who, "The company");
  // An unnamed source is kept as written, and flagged.
  const auto vague = two.add("Some analysts said the deal would close in May.");
  ASSERT_TRUE(vague[0].attribution.has_value());
  EXPECT_EQ(vague[0].attribution->who, "Some analysts");
  EXPECT_TRUE(vague[0].attribution->vague);
}

TEST(Decomposer, AnObjectWithARelativeClauseIsNoReportedClause) {
  // "wrote" reports what follows only when a clause of its own does; a
  // noun and its relative clause are what she wrote, and "she" is no source.
  const auto wrote = one("She wrote the novel that made her famous.");
  ASSERT_EQ(texts(wrote), std::vector<std::string>{"She wrote the novel that made her famous."});
  EXPECT_FALSE(wrote[0].attribution.has_value());
  const auto said = one("She said a lot of things that were false.");
  ASSERT_EQ(texts(said), std::vector<std::string>{"She said a lot of things that were false."});
  EXPECT_FALSE(said[0].attribution.has_value());
  // A verb of the object's own after the relative clause makes it a report.
  const auto reported = one("She said the plan that he proposed failed.");
  ASSERT_EQ(texts(reported), std::vector<std::string>{"The plan that he proposed failed."});
  ASSERT_TRUE(reported[0].attribution.has_value());
  EXPECT_EQ(reported[0].attribution->who, "She");
}

TEST(Decomposer, ARelativeClauseAfterAQuotedTitleIsAboutTheTitle) {
  EXPECT_EQ(texts(one("He is best known for his single \"Classic Man,\" which peaked at number eight and was "
                      "nominated for a Grammy.")),
            (std::vector<std::string>{"He is best known for his single \"Classic Man\"",
                                      "\"Classic Man\" peaked at number eight.",
                                      "\"Classic Man\" was nominated for a Grammy."}));
}

TEST(Decomposer, AnObjectRelativeClausePutsItsNounAfterTheVerb) {
  EXPECT_EQ(texts(one("He is the guitarist of the band Sepultura, which he joined in 1987.")),
            (std::vector<std::string>{"He is the guitarist of the band Sepultura.", "He joined Sepultura in 1987."}));
  EXPECT_EQ(texts(one("His most recent film is Jojo Rabbit (2019), which he wrote and directed.")),
            (std::vector<std::string>{"His most recent film is Jojo Rabbit (2019).", "He wrote and directed Jojo Rabbit."}));
  // A subject relative after a year in brackets is about the noun before them.
  EXPECT_EQ(texts(one("Varma gained recognition for his drama, Shiva (1989), which won critical acclaim.")),
            (std::vector<std::string>{"Varma gained recognition for his drama, Shiva (1989).", "Shiva won critical acclaim."}));
}

TEST(Decomposer, AListOfVerbPhrasesSharesItsSubjectAndPerfect) {
  EXPECT_EQ(texts(one("The group has released five albums, performed four world tours, and won several awards.")),
            (std::vector<std::string>{"The group has released five albums.", "The group has performed four world tours.",
                                      "The group has won several awards."}));
  EXPECT_EQ(texts(one("She studied in Switzerland, and later studied at the Sorbonne in Paris.")),
            (std::vector<std::string>{"She studied in Switzerland.", "She later studied at the Sorbonne in Paris."}));
}

TEST(Decomposer, AListOfThreeNamesIsOneSubject) {
  // The list's commas are no clause boundaries, with or without an Oxford comma.
  EXPECT_EQ(texts(one("Kim, Lee, and Park were elected in 2020.")),
            (std::vector<std::string>{"Kim was elected in 2020.", "Lee was elected in 2020.",
                                      "Park was elected in 2020."}));
  EXPECT_EQ(texts(one("Kim, Lee and Park were elected in 2020.")),
            (std::vector<std::string>{"Kim was elected in 2020.", "Lee was elected in 2020.",
                                      "Park was elected in 2020."}));
  // Said of the group, or a plural noun that would not agree with one member: kept whole.
  EXPECT_EQ(texts(one("Earth, Jupiter, and Mars are all planets with solid surfaces.")),
            std::vector<std::string>{"Earth, Jupiter, and Mars are all planets with solid surfaces."});
  EXPECT_EQ(texts(one("France, Germany and Italy were founding members.")),
            std::vector<std::string>{"France, Germany and Italy were founding members."});
  EXPECT_EQ(texts(one("Iran and North Korea were members of the bloc.")),
            std::vector<std::string>{"Iran and North Korea were members of the bloc."});
  // A progressive verb is no complement.
  EXPECT_EQ(texts(one("China and India are training more engineers than Europe.")),
            (std::vector<std::string>{"China is training more engineers than Europe.",
                                      "India is training more engineers than Europe."}));
}

TEST(Decomposer, AClauseAfterAConnectiveKeepsItsOwnSubject) {
  EXPECT_EQ(texts(one("The firm lost money, and as a result, it cut 200 jobs.")),
            (std::vector<std::string>{"The firm lost money.", "It cut 200 jobs."}));
  EXPECT_EQ(texts(one("A pork chop is a cut of meat from a pig, and as such, it has no chromosomes.")),
            (std::vector<std::string>{"A pork chop is a cut of meat from a pig.", "It has no chromosomes."}));
}

TEST(Decomposer, ANounEndingInIngWithAVerbIsNoFrontedParticiple) {
  // "Ironworking was introduced ..." is a clause, not "Using a radar, ...".
  EXPECT_EQ(texts(one("Ironworking was introduced to Africa, and it is believed that the technology spread slowly.")),
            (std::vector<std::string>{"Ironworking was introduced to Africa.", "The technology spread slowly."}));
  // "is said to have" is a report whose holder is unnamed, not "X said P".
  const std::vector<AtomicClaim> claims = one("The bridge was built in 1900, and it is said to have cost a fortune.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"The bridge was built in 1900.",
                                                     "It is said to have cost a fortune."}));
  ASSERT_TRUE(claims[1].attribution.has_value());
  EXPECT_TRUE(claims[1].attribution->vague);
}

TEST(Decomposer, ACountIsAFrameOnlyWithATimeWord) {
  EXPECT_EQ(texts(one("Two years ago, the plant closed.")), std::vector<std::string>{"Two years ago, the plant closed."});
  EXPECT_EQ(texts(one("Two teachers, led by a nurse, were arrested.")),
            (std::vector<std::string>{"Two teachers were arrested.", "Two teachers were led by a nurse."}));
}

TEST(Decomposer, EvenBeforeAFrameIsEmphasis) {
  EXPECT_EQ(texts(one("Even in 2010, the bank lent money to farmers.")),
            std::vector<std::string>{"In 2010, the bank lent money to farmers."});
}

TEST(Decomposer, VerbPhrasesSplitAcrossTensesThatAgree) {
  // "cut" is past here; a present passive goes on in the present; "but" before a verb.
  EXPECT_EQ(texts(one("Dunmore cut 180 jobs at its plant and closed two of its five centres.")),
            (std::vector<std::string>{"Dunmore cut 180 jobs at its plant.", "Dunmore closed two of its five centres."}));
  EXPECT_EQ(texts(one("Dunmore is based in Ostervelde and employs about 2,300 people.")),
            (std::vector<std::string>{"Dunmore is based in Ostervelde.", "Dunmore employs about 2,300 people."}));
  EXPECT_EQ(texts(one("She retired in 2004 but continued to advise governments until 2015.")),
            (std::vector<std::string>{"She retired in 2004.", "She continued to advise governments until 2015."}));
}

TEST(Decomposer, ReportsWithAListenerOrEvidenceGiveTheirContent) {
  std::vector<AtomicClaim> claims =
      one("The prosecutor, Sarah Quint, told the court that some of the cards had been used twice.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"Sarah Quint is the prosecutor.",
                                                     "Some of the cards had been used twice."}));
  ASSERT_TRUE(claims[1].attribution.has_value());
  EXPECT_EQ(claims[1].attribution->who, "Sarah Quint");
  claims = one("Company accounts show that Tolland Freight, which operates 28 lorries, made a loss in 2020.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"Tolland Freight made a loss in 2020.",
                                                     "Tolland Freight operates 28 lorries."}));
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "Company accounts");
  // A verb with a plain object is no report: "four charges" is no clause.
  EXPECT_EQ(texts(one("Tolland denies all four charges.")), std::vector<std::string>{"Tolland denies all four charges."});
  // An unnamed group's "they" is the group.
  claims = one("Some residents said they had voted for Okafor.");
  EXPECT_EQ(texts(claims), std::vector<std::string>{"Some residents had voted for Okafor."});
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_TRUE(claims[0].attribution->vague);
}

TEST(Decomposer, TrailingAttributionNeedsASpeaker) {
  std::vector<AtomicClaim> claims = one("Dunmore swung to a profit in the third quarter, the company said on Tuesday.");
  EXPECT_EQ(texts(claims), std::vector<std::string>{"Dunmore swung to a profit in the third quarter."});
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "the company");
  // The clause's own verb, not a speaker after it.
  claims = one("Hardacre, who had led the town for eight years, conceded shortly after midnight.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"Hardacre conceded shortly after midnight.",
                                                     "Hardacre had led the town for eight years."}));
  EXPECT_FALSE(claims[0].attribution.has_value());
}

TEST(Decomposer, AComparisonKeepsTheVerbAndItsParticle) {
  EXPECT_EQ(texts(one("Postal votes made up a third of all ballots, compared with a fifth in 2020.")),
            (std::vector<std::string>{"Postal votes made up a third of all ballots.",
                                      "Postal votes made up a fifth in 2020."}));
  EXPECT_EQ(texts(one("Dunmore swung to a profit of 18 million euros, compared with a loss of 6 million euros.")),
            (std::vector<std::string>{"Dunmore swung to a profit of 18 million euros.",
                                      "Dunmore had a loss of 6 million euros."}));
}

TEST(Decomposer, AnAppositiveInsideASubordinateClause) {
  EXPECT_EQ(texts(one("The scheme came to light when a supplier, Northline Fuels, noticed that cards were used.")),
            (std::vector<std::string>{"The scheme came to light when Northline Fuels noticed that cards were used.",
                                      "Northline Fuels was a supplier."}));
}

TEST(Decomposer, ASpeakerWhoIsAPronounIsNotAnotherPronoun) {
  // "I think it was a mistake" is about "it", not "I".
  std::vector<AtomicClaim> claims = one("I think it was a mistake.");
  EXPECT_EQ(texts(claims), std::vector<std::string>{"It was a mistake."});
  claims = one("I told people that it would be impossible.");
  EXPECT_EQ(texts(claims), std::vector<std::string>{"It would be impossible."});
  // The same pronoun is the speaker again.
  EXPECT_EQ(texts(one("He said he would resign.")), std::vector<std::string>{"He would resign."});
}

TEST(Decomposer, TheLastTwoOfAListAreNoPair) {
  Document document;
  document.add("She took samples from bogs in Ireland, Finland and Poland.");
  const std::vector<AtomicClaim> claims = document.add("Their work showed that peatlands released carbon.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "Peatlands released carbon.");
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "Their work");
}

TEST(Decomposer, MoreAppositivesAndTrailingSpeakers) {
  EXPECT_EQ(texts(one("Her father, a miller, taught her to judge soil.")),
            (std::vector<std::string>{"Her father taught her to judge soil.", "Her father was a miller."}));
  // A description may hold a participle of its own ("built in 1998").
  EXPECT_EQ(texts(one("The ship, a ferry built in 1998, sank in 2004.")),
            (std::vector<std::string>{"The ship sank in 2004.", "The ship was a ferry built in 1998."}));
  EXPECT_EQ(texts(one("The aircraft, an Airbus A320 delivered to the airline in 2014, touched down at 19:42.")),
            (std::vector<std::string>{"The aircraft touched down at 19:42.",
                                      "The aircraft was an Airbus A320 delivered to the airline in 2014."}));
  std::vector<AtomicClaim> claims = one("The cause was pneumonia, her son, Daniel, said.");
  EXPECT_EQ(texts(claims), std::vector<std::string>{"The cause was pneumonia."});
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "her son, Daniel");
  claims = one("Homeowners can apply for grants, the regional energy agency announced last week.");
  EXPECT_EQ(texts(claims), std::vector<std::string>{"Homeowners can apply for grants."});
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "the regional energy agency");
  // No claim of a compared number that belongs to the subject.
  EXPECT_EQ(texts(one("In Westmark, 41 percent of homes are heated with oil, compared with 18 percent nationally.")),
            std::vector<std::string>{"In Westmark, 41 percent of homes are heated with oil."});
}

TEST(Decomposer, ASentenceInitialHeOrSheIsThePersonTheSentenceBeforeOpenedWith) {
  Document document;
  document.add("Graham Tolland, 52, appeared before Wexley Magistrates' Court on Friday.");
  EXPECT_EQ(texts(document.add("He was released on bail.")),
            std::vector<std::string>{"Graham Tolland was released on bail."});
  // The same person goes on through a chain of sentences.
  EXPECT_EQ(texts(document.add("He denies the charges.")), std::vector<std::string>{"Graham Tolland denies the charges."});

  // Not when the name is an institution, nor when someone else is named first.
  Document school;
  school.add("She then studied at the University of Paris II, where she earned a degree.");
  std::vector<AtomicClaim> claims = school.add("She has served in diplomatic posts.");
  EXPECT_EQ(texts(claims), std::vector<std::string>{"She has served in diplomatic posts."});
  EXPECT_EQ(claims[0].ambiguous, std::vector<std::string>{"she"});
  Document two;
  two.add("Okafor beat Neil Hardacre.");
  claims = two.add("He conceded at midnight.");
  EXPECT_EQ(texts(claims), std::vector<std::string>{"He conceded at midnight."});
  EXPECT_EQ(claims[0].ambiguous, std::vector<std::string>{"he"});
}

TEST(Decomposer, AnAppositiveWithARelativeClauseAboutTheName) {
  EXPECT_EQ(texts(one("Okafor, a former head teacher who stood for the Green Alliance, won 50.6 percent of the vote.")),
            (std::vector<std::string>{"Okafor won 50.6 percent of the vote.", "Okafor was a former head teacher.",
                                      "Okafor stood for the Green Alliance."}));
  // "aged 34" between subject and verb describes the subject; "men" is plural.
  EXPECT_EQ(texts(one("Other men, aged 34, were arrested.")),
            (std::vector<std::string>{"Other men were arrested.", "Other men were aged 34."}));
  // "now" moves a second verb phrase to the present.
  EXPECT_EQ(texts(one("The Green Alliance gained four seats and now holds 14 of the 30 seats.")),
            (std::vector<std::string>{"The Green Alliance gained four seats.",
                                      "The Green Alliance now holds 14 of the 30 seats."}));
}

TEST(Decomposer, AnAdverbBeforeTheVerbStaysInItsGroup) {
  // "now expects": a comparison's side claim keeps the verb, not just "now".
  EXPECT_EQ(texts(one("Smugglers allegedly moved 40 tonnes of fuel, up from 30 tonnes in 2019.")),
            (std::vector<std::string>{"Smugglers allegedly moved 40 tonnes of fuel.",
                                      "Smugglers allegedly moved 30 tonnes in 2019."}));
  // "up from its previous forecast of X": the subject's forecast was X.
  std::vector<AtomicClaim> claims =
      one("The company now expects revenue of 860 million euros, up from its previous forecast of 820 million euros.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].text, "The company's previous forecast was 820 million euros.");
  // Verb phrases after an adverb split like any others.
  EXPECT_EQ(texts(one("She currently resides in Lisbon and continues to model.")),
            (std::vector<std::string>{"She currently resides in Lisbon.", "She continues to model."}));
  // Verbs that share one object are no list of verb phrases.
  EXPECT_EQ(texts(one("She starred in, co-wrote, and co-produced the film.")),
            std::vector<std::string>{"She starred in, co-wrote, and co-produced the film."});
}

TEST(Decomposer, ABusinessNounAndAQuotationsSpeaker) {
  Document document;
  document.add("Dunmore Cycles returned to profit.");
  EXPECT_EQ(texts(document.add("Last year, the bicycle maker earned 9.7 million euros.")),
            std::vector<std::string>{"Last year, Dunmore Cycles earned 9.7 million euros."});
  // "the city council" is a body of its own, not the last company.
  EXPECT_EQ(texts(document.add("The city council approved the plan.")),
            std::vector<std::string>{"The city council approved the plan."});
  // '"...," she told analysts': the speaker before the verb.
  Document quote;
  quote.add("Chief financial officer Annelie Brock said stocks had fallen.");
  std::vector<AtomicClaim> claims = quote.add("\"We are no longer selling at a loss,\" she told analysts on a call.");
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "Annelie Brock");
  // "said one shopkeeper on Market Street": no name, so the whole phrase, vague.
  claims = one("\"It was the pool,\" said one shopkeeper on Market Street.");
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "one shopkeeper on Market Street");
  EXPECT_TRUE(claims[0].attribution->vague);
}

TEST(Decomposer, APersonStaysThePersonThroughOtherNames) {
  Document document;
  document.add("Julia Faye is an American actress.");
  document.add("She was born in 1942 in Los Angeles, California and began her film career in 1967.");
  EXPECT_EQ(texts(document.add("She currently resides in Los Angeles.")),
            std::vector<std::string>{"Julia Faye currently resides in Los Angeles."});
}

TEST(Decomposer, AnObituaryKeepsItsPersonThroughSurnamesAndOtherSentences) {
  Document document;
  EXPECT_EQ(texts(document.add("Helena Varga, a soil scientist whose measurements shaped climate policy, died on Sunday.")),
            (std::vector<std::string>{"Helena Varga died on Sunday.", "Helena Varga was a soil scientist.",
                                      "Helena Varga's measurements shaped climate policy."}));
  document.add("She was 87.");
  // The surname alone keeps her the person ...
  document.add("Varga was born in 1937 in Sarhely.");
  // ... and a sentence about something else may stand between.
  document.add("The findings were published in 1994.");
  EXPECT_EQ(texts(document.add("She retired in 2004.")), std::vector<std::string>{"Helena Varga retired in 2004."});
}

TEST(Decomposer, NamesAPersonInFullWhereTheSurnameStandsAlone) {
  Document document;
  document.add("Graham Tolland, 52, appeared before Wexley Magistrates' Court on Friday.");
  EXPECT_EQ(texts(document.add("Tolland denies all four charges.")),
            std::vector<std::string>{"Graham Tolland denies all four charges."});
  EXPECT_EQ(texts(document.add("Police searched Tolland's home.")),
            std::vector<std::string>{"Police searched Graham Tolland's home."});
  // Part of another name, or inside a quotation: left as written.
  EXPECT_EQ(texts(document.add("Tolland Freight made a loss.")), std::vector<std::string>{"Tolland Freight made a loss."});
  const std::vector<AtomicClaim> quoted = document.add("\"Tolland lied to us,\" a driver said.");
  ASSERT_FALSE(quoted.empty());
  EXPECT_NE(quoted[0].text.find("\"Tolland lied to us,\""), std::string::npos) << quoted[0].text;
  // The full name's bytes are the claim's source.
  const std::vector<AtomicClaim> again = document.add("Tolland resigned.");
  ASSERT_EQ(again.size(), 1u);
  std::string words;
  for (const Span& s : again[0].source_spans) words += document.text().substr(s.start, s.end - s.start) + " ";
  EXPECT_NE(words.find("Graham Tolland"), std::string::npos) << words;
}

TEST(Decomposer, LeavesASurnameThatNamesSeveralPeopleOrNoOneShownToBeAPerson) {
  Document family;
  family.add("The miller, Samuel Tull, drowned in 1916.");
  family.add("His daughter, Agnes Tull, took over the mill.");
  EXPECT_EQ(texts(family.add("Tull ground wheat for bakers.")), std::vector<std::string>{"Tull ground wheat for bakers."});
  // A place's last word is no surname: nothing shows "Northern Ireland" is a person.
  Document places;
  places.add("Northern Ireland voted on Thursday.");
  EXPECT_EQ(texts(places.add("Ireland voted on Friday.")), std::vector<std::string>{"Ireland voted on Friday."});
}

TEST(Decomposer, SplitsAClauseWhoseSubjectHasARelativeClause) {
  EXPECT_EQ(texts(one("Reading was weaker among the youngest pupils, and the library, which closed for repairs in "
                      "2022, has not reopened.")),
            (std::vector<std::string>{"Reading was weaker among the youngest pupils.", "The library has not reopened.",
                                      "The library closed for repairs in 2022."}));
}

TEST(Decomposer, ComparesOnlyAmountsWithAmounts) {
  // "compared with three": the complement "the fifth named storm" is no
  // amount, and "Edda was three" would be nonsense.
  EXPECT_EQ(texts(one("Edda is the fifth named storm of the season, compared with three at the same point last year.")),
            std::vector<std::string>{"Edda is the fifth named storm of the season."});
}

TEST(Decomposer, APluralSpeakerOwnsTheirInWhatTheySaid) {
  Document document;
  document.add("The railway between Kestlehaven and Saltmere was closed.");
  const std::vector<AtomicClaim> claims =
      document.add("Several residents said the flood warning had reached their phones too late.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "The flood warning had reached their phones too late.");
}

TEST(Decomposer, ASpeakingSheIsThePersonBefore) {
  Document document;
  document.add("Head teacher Priya Anand, who joined Millbrook in 2021, said she was proud of her staff.");
  const std::vector<AtomicClaim> told =
      document.add("She told the Ashcombe Courier that the school had replaced 31 teachers.");
  ASSERT_EQ(told.size(), 1u);
  ASSERT_TRUE(told[0].attribution.has_value());
  EXPECT_EQ(told[0].attribution->who, "Priya Anand");
  EXPECT_FALSE(told[0].attribution->vague);
  // The newspaper she spoke to is no "she".
  const std::vector<AtomicClaim> quote = document.add("\"We got here by raising expectations,\" she said.");
  ASSERT_EQ(quote.size(), 1u);
  ASSERT_TRUE(quote[0].attribution.has_value());
  EXPECT_EQ(quote[0].attribution->who, "Priya Anand");
}

TEST(Decomposer, KeepsTheSpeakerOfQuotedWords) {
  const std::vector<AtomicClaim> said = one("Tom Reddaway, whose two daughters attend Millbrook, said the change had "
                                            "been \"night and day\".");
  const std::vector<std::string> said_texts = texts(said);
  EXPECT_NE(std::find(said_texts.begin(), said_texts.end(),
                      "Tom Reddaway said the change had been \"night and day\""),
            said_texts.end());
  const auto quotation = std::find_if(said.begin(), said.end(), [](const AtomicClaim& c) { return c.quotation; });
  ASSERT_NE(quotation, said.end());
  ASSERT_TRUE(quotation->attribution.has_value());
  EXPECT_EQ(quotation->attribution->who, "Tom Reddaway");
  // Without quotation marks, the claim is what was said.
  EXPECT_EQ(texts(one("Tom Reddaway said the change had been dramatic.")),
            std::vector<std::string>{"The change had been dramatic."});
  const std::vector<AtomicClaim> called = one("Councillor Martin Ebbs called it \"a remarkable turnaround\".");
  ASSERT_FALSE(called.empty());
  EXPECT_TRUE(called[0].quotation);
  ASSERT_TRUE(called[0].attribution.has_value());
  EXPECT_EQ(called[0].attribution->who, "Councillor Martin Ebbs");
}

TEST(Decomposer, ATitleBeforeANameIsNoInstruction) {
  const std::vector<AtomicClaim> claims =
      one("Head teacher Priya Anand, who joined Millbrook in 2021, said the staff was proud.");
  for (const AtomicClaim& claim : claims) EXPECT_NE(claim.not_checkworthy_reason, "instruction") << claim.text;
  EXPECT_EQ(one("Head north after the bridge.")[0].not_checkworthy_reason, "instruction");
}

TEST(Decomposer, ADatedParticipleTellsOfThePast) {
  EXPECT_EQ(texts(one("The bridge, built in 1932, carries 9,000 vehicles a day.")),
            (std::vector<std::string>{"The bridge carries 9,000 vehicles a day.", "The bridge was built in 1932."}));
  EXPECT_EQ(texts(one("The report, published on Tuesday, follows a visit in March.")),
            (std::vector<std::string>{"The report follows a visit in March.", "The report was published on Tuesday."}));
  // Without a date the participle keeps the main clause's tense.
  const std::vector<std::string> undated = texts(one("The report, published by the council, lists 40 schools."));
  EXPECT_NE(std::find(undated.begin(), undated.end(), "The report is published by the council."), undated.end());
}

TEST(Decomposer, WhatHappenedWhereTheFramePlacesItIsAClaim) {
  EXPECT_EQ(texts(one("In Kestlehaven, where the harbour wall was breached after midnight, seawater flooded 300 homes.")),
            (std::vector<std::string>{"In Kestlehaven, the harbour wall was breached after midnight.",
                                      "In Kestlehaven, seawater flooded 300 homes."}));
}

TEST(Decomposer, SplitsParallelThatClausesOfOneSource) {
  const std::vector<AtomicClaim> claims = one("The minister said that exports rose and that imports fell.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"Exports rose.", "Imports fell."}));
  for (const AtomicClaim& claim : claims) {
    ASSERT_TRUE(claim.attribution.has_value());
    EXPECT_EQ(claim.attribution->who, "The minister");
  }
  // "that" as a determiner opens no clause of its own.
  EXPECT_EQ(texts(one("He said attitude and that point of view is dangerous.")).size(), 1u);
}

TEST(Decomposer, TheOtherNumberOfAComparisonGoesToWhomItIsFor) {
  EXPECT_EQ(texts(one("Okafor won 50.6 percent of the vote, compared with 49.4 percent for Hardacre.")),
            (std::vector<std::string>{"Okafor won 50.6 percent of the vote.", "Hardacre won 49.4 percent of the vote."}));
  EXPECT_EQ(texts(one("The party won 12 seats, compared with nine in 2019.")),
            (std::vector<std::string>{"The party won 12 seats.", "The party won nine seats in 2019."}));
}

TEST(Decomposer, ASurnameShownToBeAPersonsLaterNamesTheFullName) {
  Document document;
  document.add("Grace Okafor was elected mayor of Bramfield on Sunday.");
  // From the sentence that shows it on.
  const std::vector<std::string> won = texts(document.add("Okafor, a former head teacher, won by 412 votes."));
  EXPECT_NE(std::find(won.begin(), won.end(), "Grace Okafor won by 412 votes."), won.end());
  EXPECT_EQ(texts(document.add("Okafor will be sworn in on 3 June.")),
            std::vector<std::string>{"Grace Okafor will be sworn in on 3 June."});
  // A title with a surname proves no full name: "Governor Clinton" may be
  // anyone called Clinton.
  Document titled;
  titled.add("Hillary Clinton spoke first.");
  titled.add("Governor Clinton answered.");
  EXPECT_EQ(texts(titled.add("Clinton left early.")), std::vector<std::string>{"Clinton left early."});
  // A first name after a role is no surname: "Tommy John" is not "her
  // brother John".
  Document first_name;
  first_name.add("Tommy John pitched for 26 seasons.");
  first_name.add("Her younger brother John was a bishop.");
  EXPECT_EQ(texts(first_name.add("John founded a university.")), std::vector<std::string>{"John founded a university."});
  // A place after "from" stays a place.
  Document place;
  place.add("President George Washington took office in 1789.");
  const std::vector<std::string> from = texts(place.add("Orders came from Washington in 1790."));
  ASSERT_EQ(from.size(), 1u);
  EXPECT_EQ(from[0], "Orders came from Washington in 1790.");
}

TEST(Decomposer, SplitsCoordinatedParticiples) {
  EXPECT_EQ(texts(one("Storm Edda swept across the coast on Sunday night, bringing gusts of up to 94 miles per hour "
                      "and leaving 85,000 homes without electricity.")),
            (std::vector<std::string>{"Storm Edda swept across the coast on Sunday night.",
                                      "Storm Edda brought gusts of up to 94 miles per hour.",
                                      "Storm Edda left 85,000 homes without electricity."}));
}

TEST(Decomposer, CannotIsAnAuxiliaryAndMayInADateNoHedge) {
  // "but cannot prove": a verb phrase of the same subject, not a clause
  // without one.
  const std::vector<std::string> claims =
      texts(one("It shows a link between sleep and memory, he said, but cannot prove that one causes the other."));
  EXPECT_NE(std::find(claims.begin(), claims.end(), "It cannot prove that one causes the other."), claims.end());
  EXPECT_TRUE(one("The court will hear the case until May.")[0].hedges.empty());
  EXPECT_EQ(one("The court may hear the case in June.")[0].hedges, std::vector<std::string>{"may"});
}

TEST(Decomposer, APersonIsNoIt) {
  Document document;
  document.add("Professor Daniel Ruiz, a sleep specialist, was not involved.");
  const std::vector<AtomicClaim> claims = document.add("Ruiz said it would take years.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "It would take years.");
  // An organisation is: "The ministry said it would publish the figures".
  EXPECT_EQ(texts(one("The ministry said it would publish the figures.")),
            std::vector<std::string>{"The ministry would publish the figures."});
}

TEST(Decomposer, AStormIsNoShe) {
  Document document;
  document.add("Storm Edda swept across the coast on Sunday.");
  const std::vector<AtomicClaim> claims = document.add("She spent her days reading books.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].ambiguous, std::vector<std::string>{"she"});
}

TEST(Decomposer, AYearOpensAFrameWithoutAComma) {
  Document document;
  document.add("Helena Varga, a soil scientist, died on Sunday.");
  EXPECT_EQ(texts(document.add("In 1968 she joined the Tessaly Institute, and in 1989 she became its director.")),
            (std::vector<std::string>{"In 1968, Helena Varga joined the Tessaly Institute.",
                                      "In 1989, Helena Varga became its director."}));
  // What has happened since is not dated by the clause's year.
  EXPECT_EQ(texts(document.add("In 2010 she founded the Varga Trust, which has since restored 3,200 hectares of bog.")),
            (std::vector<std::string>{"In 2010, Helena Varga founded the Varga Trust.",
                                      "The Varga Trust has since restored 3,200 hectares of bog."}));
}

TEST(Decomposer, SplitsAComparisonOnceTheSubjectsAppositiveIsCut) {
  EXPECT_EQ(texts(one("Okafor, a former head teacher, won 50.6 percent of the vote, compared with 49.4 percent for Hardacre.")),
            (std::vector<std::string>{"Okafor won 50.6 percent of the vote.", "Okafor was a former head teacher.",
                                      "Hardacre won 49.4 percent of the vote."}));
  // "its previous forecast" is the forecast of the clause's subject.
  const std::vector<std::string> forecast =
      texts(one("Dunmore now expects net debt of 790 million euros, down from its previous forecast of 820 million euros."));
  EXPECT_NE(std::find(forecast.begin(), forecast.end(), "Dunmore's previous forecast was 820 million euros."),
            forecast.end());
}

TEST(Decomposer, APresentFormAfterAnAdjectiveIsANoun) {
  // "needs" after "educational", "work" after "academic": nouns, so the
  // relative clause and the clause around them read right.
  EXPECT_EQ(texts(one("Pupils with special educational needs, who make up one in seven of those on the roll, were "
                      "not always given enough support.")),
            (std::vector<std::string>{"Pupils with special educational needs were not always given enough support.",
                                      "Special educational needs make up one in seven of those on the roll."}));
  EXPECT_EQ(texts(one("In addition to his academic work, Diamond has testified in court cases.")),
            std::vector<std::string>{"In addition to his academic work, Diamond has testified in court cases."});
}

TEST(Decomposer, AListOfQuotedTitlesStaysOneClaim) {
  EXPECT_EQ(texts(one("His works include \"Mating Birds,\" \"Underground People,\" and \"Tasks and Masks.\"")).size(), 1u);
  EXPECT_EQ(texts(one("Symptoms include a fever, a cough and a rash.")),
            (std::vector<std::string>{"Symptoms include a fever.", "Symptoms include a cough.", "Symptoms include a rash."}));
}

TEST(Decomposer, ThatYearIsTheYearOfTheSentenceBefore) {
  Document document;
  document.add("Insured losses were the highest since 2013.");
  EXPECT_EQ(texts(document.add("Storm Brigid struck in December of that year.")),
            std::vector<std::string>{"Storm Brigid struck in December of 2013."});
  // "later that year" is no place for a bare year.
  document.add("The band formed in 1986.");
  EXPECT_EQ(texts(document.add("The band released an album later that year.")),
            std::vector<std::string>{"The band released an album later that year."});
}

TEST(Decomposer, MarksAnUnresolvableReferenceAmbiguousInsteadOfGuessing) {
  Document document;
  document.add("The weather was mild.");
  const std::vector<AtomicClaim> claims = document.add("The two leaders signed the treaty.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "The two leaders signed the treaty.");
  EXPECT_EQ(claims[0].ambiguous, std::vector<std::string>{"the two leaders"});
}

TEST(Decomposer, MarksQuestionsInstructionsAndJudgementsNotCheckworthy) {
  EXPECT_EQ(one("Will the talks succeed?")[0].not_checkworthy_reason, "question");
  EXPECT_EQ(one("Read the full report before voting.")[0].not_checkworthy_reason, "instruction");
  // A noun that is also a verb is no instruction when a verb follows it.
  EXPECT_EQ(one("Trade between the two countries fell to 1.1 billion dollars.")[0].not_checkworthy_reason, "");
  EXPECT_EQ(one("However, the future of the talks remains uncertain.")[0].not_checkworthy_reason, "opinion");
  EXPECT_EQ(one("The council should publish the figures.")[0].not_checkworthy_reason, "opinion");
  EXPECT_EQ(one("The council published the figures in May.")[0].not_checkworthy_reason, "");
  // Measured against an unstated standard.
  EXPECT_EQ(one("Critics say the spending plans are unaffordable.")[0].not_checkworthy_reason, "opinion");
  EXPECT_EQ(one("Some analysts said the price was too high.")[0].not_checkworthy_reason, "opinion");
  EXPECT_EQ(one("The price was 40 dollars too high for the market.")[0].not_checkworthy_reason, "");
  // A past expectation is history, not a forecast.
  EXPECT_EQ(one("The port was expected to be bombed in 1940.")[0].not_checkworthy_reason, "");
  EXPECT_EQ(one("The port is expected to reopen in May.")[0].not_checkworthy_reason, "future");
}

TEST(Decomposer, TheTeamIsNoNamedPlace) {
  Document document;
  document.add("The Great Barrier Reef lost half its shallow corals in 2016.");
  EXPECT_EQ(texts(document.add("The team plans to repeat the experiment.")),
            std::vector<std::string>{"The team plans to repeat the experiment."});
}

// Faithfulness: every word of every claim comes from the sentence or from an
// antecedent's bytes, apart from a few function words.
TEST(Decomposer, NeverInventsAWord) {
  const std::set<std::string> added = {"was", "were", "is", "are", "has", "have", "and", "'s", "s"};
  Document document;
  const std::vector<std::string> sentences = {
      "In 2019, North Korean leader Kim Jong-un met with then-Iranian President Hassan Rouhani in New York.",
      "The two leaders discussed issues of mutual interest and agreed to strengthen cooperation.",
      "In 2021, Iran's new President, Ebrahim Raisi, expressed a desire to expand ties with North Korea.",
      "The UN Security Council has imposed sanctions on both countries, aimed at curbing their programs.",
      "Exports rose 4 percent to $3.2 billion, compared with $2.9 billion a year earlier, the bureau said.",
  };
  auto words = [](const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80)) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else if (!word.empty()) {
        out.push_back(word);
        word.clear();
      }
    }
    if (!word.empty()) out.push_back(word);
    return out;
  };
  for (const std::string& sentence : sentences) {
    const std::size_t offset = document.text().size();
    for (const AtomicClaim& claim : document.add(sentence)) {
      std::set<std::string> available;
      for (const std::string& w : words(sentence)) available.insert(w);
      for (const Span& span : claim.source_spans) {
        ASSERT_LE(span.end, document.text().size());
        for (const std::string& w : words(document.text().substr(span.start, span.size()))) available.insert(w);
      }
      for (const std::string& w : words(claim.text)) {
        EXPECT_TRUE(available.count(w) || added.count(w)) << "'" << w << "' in: " << claim.text;
      }
      (void)offset;
    }
  }
}

TEST(Decomposer, KeepsAMiddleInitialInAName) {
  Document document;
  document.add("In 1980, the oldest justice on the Court was Justice William O. Douglas.");
  EXPECT_EQ(texts(document.add("He was born on October 16, 1898.")),
            std::vector<std::string>{"William O. Douglas was born on October 16, 1898."});
}

TEST(Decomposer, ASentenceOpeningWithAKnownSurnameIsAboutThatPerson) {
  Document document;
  document.add("Grace Okafor, a former head teacher, won the seat.");
  EXPECT_EQ(texts(document.add("Okafor was elected in 2019.")),
            std::vector<std::string>{"Grace Okafor was elected in 2019."});
  EXPECT_EQ(texts(document.add("She was born in Lagos.")), std::vector<std::string>{"Grace Okafor was born in Lagos."});
}

TEST(Decomposer, ARelativeNamedAfterHisOrHerIsNotWhomHeStandsFor) {
  Document document;
  document.add("William Askew Penhale was born on 9 March 1838 in Saltby.");
  document.add("His father, John Penhale, was a blacksmith, and his mother kept a shop.");
  EXPECT_EQ(texts(document.add("He was the eldest of four sons.")),
            std::vector<std::string>{"William Askew Penhale was the eldest of four sons."});
  // The surname both share is the person the text is about.
  EXPECT_EQ(texts(document.add("In 1853, Penhale was apprenticed to an engineer.")),
            std::vector<std::string>{"In 1853, William Askew Penhale was apprenticed to an engineer."});
}

TEST(Decomposer, APersonIsNoFirm) {
  Document document;
  document.add("Jane Harper, a civil engineer, founded a practice in Saltby.");
  document.add("She hired six clerks.");
  const std::vector<AtomicClaim> claims = document.add("The firm made its name with a viaduct.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "The firm made its name with a viaduct.");
}

TEST(Decomposer, APronounAfterAQuotationIsThePersonTheSentenceBeforeOpenedWith) {
  Document document;
  document.add("Mark Ellery, the head coach, refused to blame the referee.");
  const std::vector<AtomicClaim> claims = document.add("\"We lost the game in the last ten minutes,\" he said.");
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "Mark Ellery");
  EXPECT_FALSE(claims[0].attribution->vague);
  EXPECT_EQ(claims[0].text, "\"We lost the game in the last ten minutes,\" Mark Ellery said.");
}

TEST(Decomposer, SplitsTheSpeakersDescriptionOffAQuotation) {
  Document document;
  EXPECT_EQ(texts(document.add("\"I have never been prouder of a group of players,\" said Carys Pennant, the head "
                               "coach, who was appointed in 2021.")),
            (std::vector<std::string>{"Carys Pennant is the head coach.", "Carys Pennant was appointed in 2021.",
                                      "\"I have never been prouder of a group of players,\" said Carys Pennant."}));
  // The speaker is who the next sentence's "She" stands for.
  const std::vector<AtomicClaim> next = document.add("She said the squad had trained twice a week.");
  ASSERT_EQ(next.size(), 1u);
  ASSERT_TRUE(next[0].attribution.has_value());
  EXPECT_EQ(next[0].attribution->who, "Carys Pennant");
}

TEST(Decomposer, SentenceInitialWordsThatAreNoNameAreNoPerson) {
  Document document;
  document.add("And I said we would win.");
  document.add("He was wrong.");
  EXPECT_EQ(texts(document.add("It's because I care about education.")),
            std::vector<std::string>{"It's because I care about education."});
}

TEST(Decomposer, AnObjectRelativeKeepsTheAmountAndTheFullStopInsideAQuote) {
  EXPECT_EQ(texts(one("Output in Leeds reached 77.0% of capacity, which J. R. Morgan called \"remarkable.\"")),
            (std::vector<std::string>{"Output in Leeds reached 77.0% of capacity.",
                                      "J. R. Morgan called 77.0% of capacity \"remarkable.\""}));
  EXPECT_EQ(texts(one("Sales in the Midwest reached $481,819, which Maria Gonzalez called \u2018remarkable.\u2019")),
            (std::vector<std::string>{"Sales in the Midwest reached $481,819.",
                                      "Maria Gonzalez called $481,819 \u2018remarkable.\u2019"}));
}

TEST(Decomposer, APerfectParticipleClauseIsInThePluperfect) {
  EXPECT_EQ(texts(one("Penmoor were playing in their third final, having also been beaten in 2009 and 2016.")),
            (std::vector<std::string>{"Penmoor were playing in their third final.",
                                      "Penmoor had also been beaten in 2009 and 2016."}));
}

TEST(Decomposer, APastFormAfterANumberCanBeTheVerb) {
  EXPECT_EQ(texts(one("A crowd of 14,312 watched the final, breaking the attendance record.")),
            (std::vector<std::string>{"A crowd of 14,312 watched the final.",
                                      "A crowd of 14,312 broke the attendance record."}));
  // Not after a year, and not a present form: "42 ships".
  EXPECT_EQ(texts(one("The 1998 revised edition sold well.")), std::vector<std::string>{"The 1998 revised edition sold well."});
}

TEST(Decomposer, SplitsAClauseWhoseNamedSubjectIsDescribed) {
  EXPECT_EQ(texts(one("Vaka scored his second try after the restart, and Dan Okafor, the number eight, crashed over "
                      "in the 55th minute.")),
            (std::vector<std::string>{"Vaka scored his second try after the restart.",
                                      "Dan Okafor crashed over in the 55th minute.", "Dan Okafor was the number eight."}));
}

TEST(Decomposer, ADescriptionAfterANameMayEndInARelativeClause) {
  EXPECT_EQ(texts(one("The winning try came from Luka Brennan, a 20-year-old wing who joined the squad in March.")),
            (std::vector<std::string>{"The winning try came from Luka Brennan.", "Luka Brennan is a 20-year-old wing.",
                                      "Luka Brennan joined the squad in March."}));
}

TEST(Decomposer, NounPhrasesKeepTheirModifiers) {
  // After an ordinal, "commission" is a noun, so the second verb phrase
  // keeps the whole subject.
  EXPECT_EQ(texts(one("His first commission cost just 640 pounds and still carries pedestrians today.")),
            (std::vector<std::string>{"His first commission cost just 640 pounds.",
                                      "His first commission still carries pedestrians today."}));
  // "of" inside a name, and a base form between a modifier and its noun.
  EXPECT_EQ(texts(one("A Board of Trade inquiry, which sat for six weeks, found flaws.")),
            (std::vector<std::string>{"A Board of Trade inquiry found flaws.", "A Board of Trade inquiry sat for six weeks."}));
  EXPECT_EQ(texts(one("They used the password of a single support agent, whose laptop had been stolen.")),
            (std::vector<std::string>{"They used the password of a single support agent.",
                                      "A single support agent's laptop had been stolen."}));
}

TEST(Decomposer, AVerbInsideTheSubjectsRelativeClauseReportsNothing) {
  EXPECT_EQ(texts(one("Anybody who says that the inflation rate is in good shape ought to talk to shoppers.")),
            std::vector<std::string>{"Anybody who says that the inflation rate is in good shape ought to talk to shoppers."});
  // A non-restrictive clause before the verb is no obstacle.
  const std::vector<AtomicClaim> claims =
      one("Lars Eide, who took office in May, said that exports had driven most of the growth.");
  ASSERT_FALSE(claims.empty());
  ASSERT_TRUE(claims.back().attribution.has_value());
  EXPECT_EQ(claims.back().attribution->who, "Lars Eide");
  EXPECT_EQ(claims.back().text, "Exports had driven most of the growth.");
}

TEST(Decomposer, ATrailingSpeakersRelativeClauseIsAClaimAboutThem) {
  const std::vector<AtomicClaim> claims =
      one("Borrowers should contact their lender early, said Pavel Ostrov, who heads the debt charity Clearway.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"Pavel Ostrov heads the debt charity Clearway.",
                                                     "Borrowers should contact their lender early."}));
  ASSERT_TRUE(claims.back().attribution.has_value());
  EXPECT_EQ(claims.back().attribution->who, "Pavel Ostrov");
}

TEST(Decomposer, ARelativeClauseAfterAParticipleIsAboutItsObject) {
  EXPECT_EQ(texts(one("Fans watched the final, breaking the old record, which had stood since 1998.")),
            (std::vector<std::string>{"Fans watched the final.", "Fans broke the old record.",
                                      "The old record had stood since 1998."}));
}

TEST(Decomposer, ANameAfterItsTeamAndRoleOpensTheSentence) {
  Document document;
  document.add("Harwick's lock Ben Sutter was carried off in the 48th minute.");
  EXPECT_EQ(texts(document.add("He suffered a broken ankle.")),
            std::vector<std::string>{"Ben Sutter suffered a broken ankle."});
}

TEST(Decomposer, ASurnameOfUnknownGenderOpensOnlyTheNextSentence) {
  Document document;
  document.add("Tom Hesketh, a fly-half, kicked a penalty.");
  document.add("Hesketh converted all three tries.");
  document.add("The crowd fell silent.");
  // Two sentences on, with no gender shown, "He" could be anyone.
  EXPECT_EQ(texts(document.add("He suffered a broken ankle.")), std::vector<std::string>{"He suffered a broken ankle."});
}

TEST(Decomposer, SplitsDescribedNamesThatAreConjuncts) {
  EXPECT_EQ(texts(one("Tomas Reinholt, a deputy governor, and Nadia Kerimova, an economist who joined the council "
                      "last year, voted to keep the rate unchanged.")),
            (std::vector<std::string>{"Tomas Reinholt voted to keep the rate unchanged.",
                                      "Nadia Kerimova voted to keep the rate unchanged.",
                                      "Tomas Reinholt is a deputy governor.", "Nadia Kerimova is an economist.",
                                      "Nadia Kerimova joined the council last year."}));
  EXPECT_EQ(texts(one("His father, John Penhale, was a blacksmith, and his mother, Ann, kept a shop.")),
            (std::vector<std::string>{"John Penhale was a blacksmith.", "John Penhale was his father.",
                                      "Ann kept a shop.", "Ann was his mother."}));
}

TEST(Decomposer, AFrameMayHoldCommaSeparatedAdjectives) {
  EXPECT_EQ(texts(one("In a long, detailed report, the council found that costs had risen.")),
            std::vector<std::string>{"In a long, detailed report, costs had risen."});
  // Not a noun and a new clause: the frame ends at the first comma.
  EXPECT_EQ(texts(one("In the crater, temperatures never rise above minus 170 degrees, allowing ice to survive.")),
            (std::vector<std::string>{"In the crater, temperatures never rise above minus 170 degrees.",
                                      "In the crater, temperatures are allowing ice to survive."}));
}

TEST(Decomposer, ASpeakersSecondReportIsAClaimOfItsOwn) {
  const std::vector<AtomicClaim> claims =
      one("Maria Lopez said sales had risen, but warned that costs were climbing.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"Sales had risen.", "Costs were climbing."}));
  for (const AtomicClaim& claim : claims) {
    ASSERT_TRUE(claim.attribution.has_value());
    EXPECT_EQ(claim.attribution->who, "Maria Lopez");
  }
  EXPECT_EQ(texts(one("The minister said the plan was ready and added that the cost had doubled.")),
            (std::vector<std::string>{"The plan was ready.", "The cost had doubled."}));
  // Not a verb of saying with nothing reported: "and think about".
  EXPECT_EQ(texts(one("It's important to step back and think about what happened in Libya.")),
            std::vector<std::string>{"It's important to step back and think about what happened in Libya."});
}

TEST(Decomposer, AParticipleAfterASubordinateClausesSubjectDescribesIt) {
  EXPECT_EQ(texts(one("Madoc narrowed the gap before Brennan, collecting a kick from the fly-half, dived in at the corner.")),
            (std::vector<std::string>{"Madoc narrowed the gap before Brennan dived in at the corner.",
                                      "Brennan was collecting a kick from the fly-half."}));
}

TEST(Decomposer, AnAgeInADescriptionShowsAPerson) {
  Document document;
  document.add("The try came from Luka Brennan, a 20-year-old wing.");
  EXPECT_EQ(texts(document.add("Brennan scored twice.")), std::vector<std::string>{"Luka Brennan scored twice."});
}

TEST(Decomposer, ARoleThenANameOpensTheSentenceForItsSpeaker) {
  Document document;
  document.add("Its chief executive, Ingrid Sollner, apologised at a press conference in Kestrel Quay.");
  const std::vector<AtomicClaim> claims = document.add("\"We let our customers down,\" she said.");
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "Ingrid Sollner");
}

TEST(Decomposer, AnEarlierFigureKeepsItsNounAndItsTense) {
  EXPECT_EQ(texts(one("The bank has 5.8 million customers, up from 4.1 million three years ago.")),
            (std::vector<std::string>{"The bank has 5.8 million customers.",
                                      "The bank had 4.1 million customers three years ago."}));
  EXPECT_EQ(texts(one("Sales rose to 40 million euros, up from 31 million in 2022.")),
            (std::vector<std::string>{"Sales rose to 40 million euros.", "Sales were 31 million euros in 2022."}));
}

TEST(Decomposer, AnObjectRelativeAfterACatenativeVerbTakesItsObjectLast) {
  EXPECT_EQ(texts(one("The hackers demanded a ransom of 4 million euros, which Halvard refused to pay.")),
            (std::vector<std::string>{"The hackers demanded a ransom of 4 million euros.",
                                      "Halvard refused to pay a ransom of 4 million euros."}));
  // A purpose is no catenative: the object goes after the first verb.
  EXPECT_EQ(texts(one("He built a network, which he used to launch attacks.")),
            (std::vector<std::string>{"He built a network.", "He used a network to launch attacks."}));
}

TEST(Decomposer, SplitsAListOfVerbPhrasesWithoutASerialComma) {
  EXPECT_EQ(texts(one("The firm cut 300 jobs, closed two plants and sold its stake in the venture.")),
            (std::vector<std::string>{"The firm cut 300 jobs.", "The firm closed two plants.",
                                      "The firm sold its stake in the venture."}));
  // A perfect's "had" goes with each item, "reset" as much as "hired".
  EXPECT_EQ(texts(one("The bank had closed the access, reset the passwords and hired 35 engineers.")),
            (std::vector<std::string>{"The bank had closed the access.", "The bank had reset the passwords.",
                                      "The bank had hired 35 engineers."}));
}

TEST(Decomposer, ADescriptionOfTheSourceStaysWithTheAttribution) {
  const std::vector<AtomicClaim> claims = one(
      "According to a report by Greyline Security, the firm hired by Halvard to investigate, the attackers entered "
      "through a support tool.");
  EXPECT_EQ(texts(claims), std::vector<std::string>{"The attackers entered through a support tool."});
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "a report by Greyline Security");
  // The subject's own relative clause is no description of the source.
  EXPECT_EQ(texts(one("According to the report, the plant, which opened in 1990, employs 300 people.")),
            (std::vector<std::string>{"The plant employs 300 people.", "The plant opened in 1990."}));
}

TEST(Decomposer, ItThatOwnsOrIsBasedSomewhereIsTheNamedThingBefore) {
  Document document;
  document.add("The Halvard Bank was founded in 2011 by two former software engineers.");
  EXPECT_EQ(texts(document.add("It has 5.8 million customers, up from 4.1 million three years ago.")),
            (std::vector<std::string>{"The Halvard Bank has 5.8 million customers.",
                                      "The Halvard Bank had 4.1 million customers three years ago."}));
  Document other;
  other.add("Mondeca is a software company.");
  EXPECT_EQ(texts(other.add("It is based in Paris.")), std::vector<std::string>{"Mondeca is based in Paris."});
  // Other uses of "it" stay: an event, a state, or after a person.
  other.add("The Halvard Bank reported a loss.");
  EXPECT_EQ(texts(other.add("It was the worst day since 2019.")), std::vector<std::string>{"It was the worst day since 2019."});
  other.add("Gary Smith founded the firm.");
  EXPECT_EQ(texts(other.add("It has grown fast.")), std::vector<std::string>{"It has grown fast."});
}

TEST(Decomposer, APluralRelativeAfterACoordinationIsAboutAllOfIt) {
  EXPECT_EQ(texts(one("The cells follow the laws of physics and chemistry, which are governed by simple rules.")),
            (std::vector<std::string>{"The cells follow the laws of physics and chemistry.",
                                      "The laws of physics and chemistry are governed by simple rules."}));
  // A singular verb is about the last item.
  EXPECT_EQ(texts(one("The town has a school and a library, which was built in 1900.")),
            (std::vector<std::string>{"The town has a school and a library.", "A library was built in 1900."}));
}

TEST(Decomposer, AnObjectRelativeAfterAListIsAboutTheWholeList) {
  EXPECT_EQ(texts(one("Maria Keller studied law and economics, which she later taught at Basel.")),
            (std::vector<std::string>{"Maria Keller studied law and economics.",
                                      "Maria Keller later taught law and economics at Basel."}));
  EXPECT_EQ(texts(one("He used cubes, cylinders and pyramids, which he combined in his paintings.")),
            (std::vector<std::string>{"He used cubes, cylinders and pyramids.",
                                      "He combined cubes, cylinders and pyramids in his paintings."}));
}

TEST(Decomposer, AClausePronounIsThePersonTheSentenceOpensWith) {
  EXPECT_EQ(texts(one("Anna Vogel grew up on a farm, and she later moved to Vienna.")),
            (std::vector<std::string>{"Anna Vogel grew up on a farm.", "Anna Vogel later moved to Vienna."}));
  // Not across another name: the pronoun may be either person (or the
  // name a place).
  EXPECT_EQ(texts(one("Anna Vogel met Tom Berger, and she later moved to Vienna.")),
            (std::vector<std::string>{"Anna Vogel met Tom Berger.", "She later moved to Vienna."}));
}

TEST(Decomposer, TheObjectOfAFrontedParticipleDoesNotBlockThePronoun) {
  Document document;
  document.add("Anna Vogel was born in Budapest in 1938.");
  EXPECT_EQ(texts(document.add("After fleeing Hungary, she settled in Vienna.")),
            std::vector<std::string>{"After fleeing Hungary, Anna Vogel settled in Vienna."});
  // A subordinate clause with a subject of its own still does.
  Document other;
  other.add("Anna Vogel was born in Budapest in 1938.");
  EXPECT_EQ(texts(other.add("After Maria Kovacs left Hungary, she settled in Vienna.")),
            std::vector<std::string>{"After Maria Kovacs left Hungary, she settled in Vienna."});
}

TEST(Decomposer, ARelativeAfterAParticipleBetweenSubjectAndVerb) {
  EXPECT_EQ(texts(one("The Aske Bridge, opened in 1878, which carried the railway, was closed in 1990.")),
            (std::vector<std::string>{"The Aske Bridge was closed in 1990.", "The Aske Bridge was opened in 1878.",
                                      "The Aske Bridge carried the railway."}));
  // Before the verb, the relative is about the subject's head, not the
  // place after its preposition.
  EXPECT_EQ(texts(one("The Aske Bridge at Kelderby, whose span reached 240 metres, was closed in 1990.")),
            (std::vector<std::string>{"The Aske Bridge at Kelderby was closed in 1990.",
                                      "The Aske Bridge at Kelderby's span reached 240 metres."}));
}

TEST(Decomposer, ARelativeClauseKeepsTheListThatEndsTheSentence) {
  EXPECT_EQ(texts(one("The strike was called by the Harbour and Transport Workers' Union, which represents crane "
                      "drivers, lashers and cargo handlers.")),
            (std::vector<std::string>{
                "The strike was called by the Harbour and Transport Workers' Union.",
                "The Harbour and Transport Workers' Union represents crane drivers, lashers and cargo handlers."}));
  // A list that goes on after the clause is the main clause's.
  EXPECT_EQ(texts(one("James Taylor is known for his music, which contains poignant lyrics, and his voice.")),
            (std::vector<std::string>{"James Taylor is known for his music, and his voice.",
                                      "His music contains poignant lyrics."}));
}

TEST(Decomposer, AmountsAndPrepositionalPhrasesInFrontedParticiples) {
  // "More than 2,400 dockworkers" is plural.
  EXPECT_EQ(texts(one("More than 2,400 dockworkers walked out on Monday, halting traffic at the port.")),
            (std::vector<std::string>{"More than 2,400 dockworkers walked out on Monday.",
                                      "More than 2,400 dockworkers halted traffic at the port."}));
  // "of pension funds" is no verb: the participle describes the subject.
  EXPECT_EQ(texts(one("Owned by a consortium of pension funds, Castmere reported a profit of 186 million pounds.")),
            (std::vector<std::string>{"Castmere reported a profit of 186 million pounds.",
                                      "Castmere was owned by a consortium of pension funds."}));
}

TEST(Decomposer, ASpeakerPronounLendsItsPersonToTheReportedClause) {
  Document document;
  document.add("Alan Harwood spotted the comet.");
  EXPECT_EQ(texts(document.add("He said that he had almost deleted the images, thinking the smudge was dust.")),
            (std::vector<std::string>{"Alan Harwood had almost deleted the images.",
                                      "Alan Harwood thought the smudge was dust."}));
}

TEST(Decomposer, WhoseAfterASurnameKeepsThePossessive) {
  Document document;
  document.add("Gareth Pryce found the site.");
  EXPECT_EQ(texts(document.add("Pryce, whose family has owned the farm since 1952, agreed to let the field lie fallow.")),
            (std::vector<std::string>{"Gareth Pryce agreed to let the field lie fallow.",
                                      "Gareth Pryce's family has owned the farm since 1952."}));
}

TEST(Decomposer, WhichMeansIntroducesAClaimOfItsOwn) {
  EXPECT_EQ(texts(one("Prices rose by 9% in May, which means that real wages fell.")),
            (std::vector<std::string>{"Prices rose by 9% in May.", "Real wages fell."}));
}

TEST(Decomposer, AParticipleAfterAThingAnInfinitiveIntroducesDescribesIt) {
  EXPECT_EQ(texts(one("The team plans to excavate a second building, detected by radar in 2024.")),
            (std::vector<std::string>{"The team plans to excavate a second building.",
                                      "A second building was detected by radar in 2024."}));
}

TEST(Decomposer, APronounOpeningACoordinatedSubjectIsResolved) {
  Document document;
  document.add("Dr Helen Marchetti leads the dig.");
  EXPECT_EQ(texts(document.add("She and her colleagues have exposed a building.")),
            std::vector<std::string>{"Helen Marchetti and her colleagues have exposed a building."});
}

TEST(Decomposer, AParticipialClauseIsNoSpeaker) {
  // "found by amateurs" is a passive, and ", making it ..." no speaker.
  EXPECT_EQ(texts(one("The nucleus is 4 kilometres across, making it larger than most comets found by amateurs.")),
            (std::vector<std::string>{"The nucleus is 4 kilometres across.",
                                      "The nucleus is larger than most comets found by amateurs."}));
  const std::vector<AtomicClaim> claims =
      one("Drawing on 112 observations, the team estimates that the nucleus is 4 kilometres across.");
  // The fronted participle is about the speaker, not the reported clause.
  EXPECT_EQ(texts(claims),
            (std::vector<std::string>{"The team is drawing on 112 observations.", "The nucleus is 4 kilometres across."}));
  ASSERT_TRUE(claims[1].attribution.has_value());
  EXPECT_EQ(claims[1].attribution->who, "the team");
  EXPECT_FALSE(claims[0].attribution.has_value());
}

TEST(Decomposer, AppositivesWithAParticipleOrAWhoClause) {
  EXPECT_EQ(texts(one("Helen Marsh, the planning inspector appointed by the government, issued her decision.")),
            (std::vector<std::string>{"Helen Marsh issued her decision.",
                                      "Helen Marsh was the planning inspector appointed by the government."}));
  // A verb the lexicon does not know after "who".
  EXPECT_EQ(texts(one("David Pryce, a Liberal Democrat who chairs the committee, won the vote.")),
            (std::vector<std::string>{"David Pryce won the vote.", "David Pryce is a Liberal Democrat.",
                                      "David Pryce chairs the committee."}));
  // A first word that reads as a verb is part of the name before the
  // sentence's verb.
  EXPECT_EQ(texts(one("Save Fallow Fields, a residents' group formed in 2022, collected 2,300 signatures.")),
            (std::vector<std::string>{"Save Fallow Fields collected 2,300 signatures.",
                                      "Save Fallow Fields is a residents' group formed in 2022."}));
}

TEST(Decomposer, ADescriptionKeepsItsPlaceAndSkipsATitle) {
  EXPECT_EQ(texts(one("She was born in 1994 in Seongbuk-dong, a neighborhood in Seoul, South Korea.")),
            (std::vector<std::string>{"She was born in 1994 in Seongbuk-dong.",
                                      "Seongbuk-dong is a neighborhood in Seoul, South Korea."}));
  EXPECT_EQ(texts(one("Kourosh Zolani is the CEO of Zolani Capital, a venture capital firm based in Los Angeles.")),
            (std::vector<std::string>{"Kourosh Zolani is the CEO of Zolani Capital.",
                                      "Zolani Capital is a venture capital firm based in Los Angeles."}));
}

TEST(Decomposer, ALocationBetweenSubjectAndVerb) {
  EXPECT_EQ(texts(one("Plans for homes on farmland off Fallow Lane, on the edge of Ashcombe, have been approved.")),
            (std::vector<std::string>{"Plans for homes on farmland off Fallow Lane have been approved.",
                                      "Farmland off Fallow Lane is on the edge of Ashcombe."}));
}

TEST(Decomposer, AComparedAmountWithAClauseOfItsOwnIsDropped) {
  EXPECT_EQ(texts(one("Under the plans, 35 percent of the homes will be affordable, up from the 25 percent Redbourne "
                      "offered.")),
            std::vector<std::string>{"Under the plans, 35 percent of the homes will be affordable."});
  // One opened by "when" is a time, and stays.
  EXPECT_EQ(texts(one("The comet is 610 million kilometres from the Sun, compared with 650 million kilometres when "
                      "Harwood first saw it.")),
            (std::vector<std::string>{"The comet is 610 million kilometres from the Sun.",
                                      "The comet was 650 million kilometres when Harwood first saw it."}));
}

TEST(Decomposer, TheLeadInOfAListIsNoClaim) {
  EXPECT_EQ(texts(one("Marsh attached 14 conditions to the permission, the most significant of which are:")),
            std::vector<std::string>{"Marsh attached 14 conditions to the permission."});
}

TEST(Decomposer, TheHeadNounOfANamedOrganisationStandsForIt) {
  Document document;
  document.add("The strike was called by the Harbour and Transport Workers' Union.");
  EXPECT_EQ(texts(document.add("The union is demanding a rise of 9 percent.")),
            std::vector<std::string>{"The Harbour and Transport Workers' Union is demanding a rise of 9 percent."});
}

TEST(Decomposer, AnAppositiveNameWithADescriptionAndItsOwner) {
  Document document;
  document.add("Kestrel Ridge opened in 1964.");
  EXPECT_EQ(texts(document.add("Its founder, the astronomer Edith Cole, discovered the first comet in 1971.")),
            (std::vector<std::string>{"Edith Cole discovered the first comet in 1971.",
                                      "Edith Cole was Kestrel Ridge's founder.", "Edith Cole was the astronomer."}));
}

TEST(Decomposer, ItsInAReportedClauseIsNotThePreviousSubject) {
  Document document;
  document.add("The Minor Planet Center published the discovery.");
  const std::vector<AtomicClaim> claims = document.add("The team estimates that its nucleus is 4 kilometres across.");
  EXPECT_EQ(texts(claims), std::vector<std::string>{"Its nucleus is 4 kilometres across."});
  EXPECT_EQ(claims[0].ambiguous, std::vector<std::string>{"its"});
}

TEST(Decomposer, TwoAmountsAfterOneVerbAreTwoClaims) {
  EXPECT_EQ(texts(one("Castmere Terminals has offered 4.2 percent this year and 3 percent in 2026.")),
            (std::vector<std::string>{"Castmere Terminals has offered 4.2 percent this year.",
                                      "Castmere Terminals has offered 3 percent in 2026."}));
  EXPECT_EQ(texts(one("Sales rose 5% in May and 3% in June.")),
            (std::vector<std::string>{"Sales rose 5% in May.", "Sales rose 3% in June."}));
  // A range, and amounts sharing one unit, stay whole.
  EXPECT_EQ(texts(one("The nucleus is between 4 and 6 kilometres across.")),
            std::vector<std::string>{"The nucleus is between 4 and 6 kilometres across."});
  EXPECT_EQ(texts(one("The union offered 4.2 and 3 percent.")),
            std::vector<std::string>{"The union offered 4.2 and 3 percent."});
}

TEST(Decomposer, AVerbListAfterARelativeClauseInTheSubject) {
  EXPECT_EQ(texts(one("A freight flight that had tried to land earlier abandoned its approach and diverted to Carrow.")),
            (std::vector<std::string>{"A freight flight that had tried to land earlier abandoned its approach.",
                                      "A freight flight that had tried to land earlier diverted to Carrow."}));
}

TEST(Decomposer, ASecondThatClauseWithoutTheFirstThat) {
  const std::vector<AtomicClaim> claims =
      one("Ingrid Sallis said the crew had kept everyone calm and that the cabin was empty within two minutes.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"The crew had kept everyone calm.",
                                                     "The cabin was empty within two minutes."}));
  // Not a demonstrative "that": "and that point of view is dangerous".
  EXPECT_EQ(texts(one("Ingrid Sallis said the plan failed and that point of view is dangerous.")),
            std::vector<std::string>{"The plan failed and that point of view is dangerous."});
}

TEST(Decomposer, AVerblessConcessionIsDropped) {
  EXPECT_EQ(texts(one("The gain, while statistically clear, was small.")),
            std::vector<std::string>{"The gain was small."});
  // A clause after "while" is a clause of its own.
  EXPECT_EQ(texts(one("The union wants 9 percent, while the operator, Castmere, has offered 4 percent.")),
            (std::vector<std::string>{"The union wants 9 percent.", "Castmere has offered 4 percent.",
                                      "Castmere is the operator."}));
}

TEST(Decomposer, ComparisonsThatCannotStandInForTheAmount) {
  // A leading "Only" still makes the subject an amount.
  EXPECT_EQ(texts(one("Only 9 percent of them needed treatment, compared with 15 percent in the placebo group.")),
            std::vector<std::string>{"Only 9 percent of them needed treatment."});
  // Another group's amount.
  EXPECT_EQ(texts(one("Patients on the drug lost 92 millilitres, compared with 171 millilitres among those given a "
                      "placebo.")),
            std::vector<std::string>{"Patients on the drug lost 92 millilitres."});
}

TEST(Decomposer, ATimeAfterASharedAuxiliaryIsNoObject) {
  EXPECT_EQ(texts(one("The findings were presented in Vienna and published the same day in a journal.")),
            (std::vector<std::string>{"The findings were presented in Vienna.",
                                      "The findings were published the same day in a journal."}));
}

TEST(Decomposer, SpeakerPronounsAfterATitledPersonOrAFrame) {
  Document document;
  document.add("The trial was led by Dr Priya Hallam, a chest physician at St Aldric's Hospital in Bristol.");
  const std::vector<AtomicClaim> quoted = document.add("\"This is the best result I have seen,\" she said.");
  ASSERT_EQ(quoted.size(), 1u);
  ASSERT_TRUE(quoted[0].attribution.has_value());
  EXPECT_EQ(quoted[0].attribution->who, "Priya Hallam");
  EXPECT_FALSE(quoted[0].attribution->vague);
  Document other;
  other.add("Rakhi Sawant has made headlines for her statements.");
  EXPECT_EQ(texts(other.add("In 2018 she announced that she would be marrying Deepak Kalal.")),
            std::vector<std::string>{"In 2018, Rakhi Sawant would be marrying Deepak Kalal."});
  // An unresolved "she" is no unnamed source.
  const std::vector<AtomicClaim> alone = one("She said the drug does not reverse scarring.");
  ASSERT_TRUE(alone[0].attribution.has_value());
  EXPECT_FALSE(alone[0].attribution->vague);
}

TEST(Decomposer, FunctionWordsOpeningASentenceAreNoPartOfAName) {
  const std::vector<std::string> claims =
      texts(one("Whether Redcliffe, which also owns stakes in two Belgian clubs, is in it for the long term is unclear."));
  EXPECT_NE(std::find(claims.begin(), claims.end(), "Redcliffe also owns stakes in two Belgian clubs."), claims.end());
  // "in which" opens a relative clause, not a location.
  EXPECT_EQ(texts(one("Pulmonary fibrosis, in which tissue in the lungs thickens, affects 32,000 people.")).front(),
            "Pulmonary fibrosis, in which tissue in the lungs thickens, affects 32,000 people.");
}

TEST(Decomposer, SpeechOpeningsAndContractedPronounsAreNoNames) {
  // A capitalised "What" or "So" after a quotation mark, with "I", is no
  // person for a later "He" to stand for.
  for (const std::string first : {"\"What I want the President to do, and I think he may have done it, is call for calm.\"",
                                   "\"So I think even he has learned that you cannot promise that.\""}) {
    Document document;
    document.add(first);
    EXPECT_EQ(texts(document.add("He has more of the same.")), std::vector<std::string>{"He has more of the same."})
        << first;
  }
  // "Where I've" is no name whose last word a later "that I've" refers to.
  Document document;
  document.add("\"Where I've been critical of the policy, and where I criticized Mr. Nixon, was in 1955.\"");
  EXPECT_EQ(texts(document.add("That is what I would like them to know; that I've gotten up every day.")).back(),
            "That I've gotten up every day.");
}

TEST(Decomposer, ATitleHoldingAVerbIsNoPersonForALaterShe) {
  Document document;
  document.add("Kim Casali was a cartoonist.");
  document.add("Casali created Love Is... as love notes to her future husband.");
  EXPECT_EQ(texts(document.add("She died on June 15th, 1997.")),
            std::vector<std::string>{"Kim Casali died on June 15th, 1997."});
}

TEST(Decomposer, ASideClauseWithItsOwnYearDropsTheSentencesYear) {
  EXPECT_EQ(texts(one("In 2023, Silvana sold 2.1 billion euros of chips, up from 1.6 billion in 2022.")),
            (std::vector<std::string>{"In 2023, Silvana sold 2.1 billion euros of chips.",
                                      "Silvana sold 1.6 billion euros in 2022."}));
  EXPECT_EQ(texts(one("In 2010, Ruth Adeyemi founded the trust, which bought the mill in 2015.")),
            (std::vector<std::string>{"In 2010, Ruth Adeyemi founded the trust.", "The trust bought the mill in 2015."}));
}

TEST(Decomposer, AParticipleTakingAThingsAmountFurtherStaysWithThatThing) {
  EXPECT_EQ(texts(one("The weather station was recording winds of 35 knots, gusting to 52 knots, and visibility of "
                      "1,800 metres.")),
            std::vector<std::string>{"The weather station was recording winds of 35 knots, gusting to 52 knots, and "
                                     "visibility of 1,800 metres."});
  // About the subject: its own claim.
  EXPECT_EQ(texts(one("The index closed at 7,420 points, rising by 2 percent on the week.")),
            (std::vector<std::string>{"The index closed at 7,420 points.", "The index rose by 2 percent on the week."}));
}

TEST(Decomposer, AVerbPhraseAfterAPartialQuotationIsAReportOfItsOwn) {
  const std::vector<AtomicClaim> claims =
      one("Northwind said it was \"cooperating fully\" with investigators and had arranged hotels for everyone on board.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"Northwind said it was \"cooperating fully\" with investigators.",
                                                     "Northwind had arranged hotels for everyone on board."}));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_TRUE(claims[0].quotation);
  EXPECT_FALSE(claims[1].quotation);
  ASSERT_TRUE(claims[1].attribution.has_value());
  EXPECT_EQ(claims[1].attribution->who, "Northwind");
}

TEST(Decomposer, ASentenceInitialItDoneToOrByANamedThingIsThatThing) {
  Document document;
  document.add("Runway 27 at Brenmoor is the shorter of the airport's two runways.");
  EXPECT_EQ(texts(document.add("It was resurfaced in 2021.")),
            std::vector<std::string>{"Runway 27 at Brenmoor was resurfaced in 2021."});
  document.add("The SM U-30 was a German submarine.");
  EXPECT_EQ(texts(document.add("It sank a total of 42 ships.")),
            std::vector<std::string>{"The SM U-30 sank a total of 42 ships."});
  // Not the subject of what someone reported (the named source that
  // reported it, see AnActingItAfterAReportIsTheNamedSource), nor several
  // things, nor a judgement.
  Document reported;
  reported.add("A Board of Trade inquiry found that the Hexley ironwork had been cast with hidden flaws.");
  EXPECT_EQ(texts(reported.add("It cleared Penhale of negligence.")),
            std::vector<std::string>{"The Board of Trade inquiry cleared Penhale of negligence."});
  Document plural;
  plural.add("Coins found in the floor layers date the villa's construction to the late 2nd century AD.");
  EXPECT_EQ(texts(plural.add("It was enlarged in the 3rd century AD.")),
            std::vector<std::string>{"It was enlarged in the 3rd century AD."});
  Document person;
  person.add("Gary Smith founded the firm in 2004.");
  EXPECT_EQ(texts(person.add("It grew fast.")), std::vector<std::string>{"It grew fast."});
  Document judgement;
  judgement.add("The Halvard Bank lost 12 percent of its value on Monday.");
  EXPECT_EQ(texts(judgement.add("It was the bank's worst day since 2008.")),
            std::vector<std::string>{"It was the bank's worst day since 2008."});
}

TEST(Decomposer, InfinitivesAfterAParticiplesOwnAreMoreOfItsList) {
  EXPECT_EQ(texts(one("He spent six years with Gaunt, learning to survey land, to calculate loads and to manage gangs "
                      "of up to 300 labourers.")),
            (std::vector<std::string>{"He spent six years with Gaunt.",
                                      "He learned to survey land, to calculate loads and to manage gangs of up to "
                                      "300 labourers."}));
  // A verb in -s at the end ("finds") makes no speaker of an infinitive
  // list, and no words are lost.
  const std::vector<AtomicClaim> claims = one("The team learned to dive, to map wrecks and to lift finds.");
  EXPECT_EQ(texts(claims), std::vector<std::string>{"The team learned to dive, to map wrecks and to lift finds."});
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_FALSE(claims[0].attribution.has_value());
}

TEST(Decomposer, AnUnnamedExpectationIsThePredicatesOwnAttribution) {
  const std::vector<AtomicClaim> bank =
      one("The central bank, which meets on September 12, is widely expected to leave its main rate at 3.5 percent.");
  ASSERT_EQ(texts(bank), (std::vector<std::string>{"The central bank is widely expected to leave its main rate at 3.5 percent.",
                                                   "The central bank meets on September 12."}));
  ASSERT_TRUE(bank[0].attribution.has_value());
  EXPECT_TRUE(bank[0].attribution->vague);
  EXPECT_FALSE(bank[1].attribution.has_value());
  // The cost is stated; only the expectation is unnamed.
  const std::vector<AtomicClaim> repairs =
      one("The repairs will cost an estimated 2.6 million pounds and are expected to take seven months.");
  ASSERT_FALSE(repairs.empty());
  EXPECT_EQ(repairs[0].text, "The repairs will cost an estimated 2.6 million pounds.");
  EXPECT_FALSE(repairs[0].attribution.has_value());
}

TEST(Decomposer, OnlyASpeechVerbThatInvertsStandsBeforeItsSpeaker) {
  const std::vector<AtomicClaim> claims =
      one("A new exhibition at the Harwick Museum, which opens on Saturday, tells their stories through letters.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"A new exhibition at the Harwick Museum tells their stories through letters.",
                                                     "A new exhibition at the Harwick Museum opens on Saturday."}));
  for (const AtomicClaim& claim : claims) EXPECT_FALSE(claim.attribution.has_value()) << claim.text;
  const std::vector<AtomicClaim> said = one("The bridge will reopen in May, said Tomas Reyes.");
  ASSERT_EQ(said.size(), 1u);
  ASSERT_TRUE(said[0].attribution.has_value());
  EXPECT_EQ(said[0].attribution->who, "Tomas Reyes");
}

TEST(Decomposer, ThatBeforeAnAuxiliaryIsTheReportedClausesSubject) {
  EXPECT_EQ(texts(one("She said that was the reason for the delay.")),
            std::vector<std::string>{"That was the reason for the delay."});
  EXPECT_EQ(texts(one("I think that would be a mistake and would take us backwards.")),
            (std::vector<std::string>{"That would be a mistake.", "That would take us backwards."}));
  EXPECT_EQ(texts(one("I think that speaks for itself.")), std::vector<std::string>{"That speaks for itself."});
  // A conjunction before a clause of its own, as before.
  EXPECT_EQ(texts(one("Officials said that exports rose last year.")), std::vector<std::string>{"Exports rose last year."});
}

TEST(Decomposer, AnAuxiliaryOpeningASentenceIsNoPartOfAName) {
  Document document;
  document.add("Can I ask the senator about his record on trade?");
  EXPECT_EQ(texts(document.add("He inherited the worst financial crisis since the Great Depression.")),
            std::vector<std::string>{"He inherited the worst financial crisis since the Great Depression."});
}

TEST(Decomposer, WrongAntecedentsFromAPronounAPlaceOrAPlural) {
  // "Bush and I" is no pair for a later "their".
  Document speaker;
  speaker.add("Bush and I met in Texas.");
  EXPECT_EQ(texts(speaker.add("We've got to advocate for their membership in NATO.")),
            std::vector<std::string>{"We've got to advocate for their membership in NATO."});
  // A name after "in" is a place, not the "she" of the next sentence.
  Document place;
  place.add("Anna May Wong (1905-1961) was a pioneering Chinese-American actress.");
  place.add("Born in Los Angeles, California, she was the first Chinese-American movie star.");
  EXPECT_EQ(texts(place.add("She had a successful film career in Hollywood.")),
            std::vector<std::string>{"Anna May Wong had a successful film career in Hollywood."});
  // "Its" after "Dockers at Kelmouth" is not theirs.
  Document plural;
  plural.add("Dockers at Kelmouth voted to strike.");
  EXPECT_EQ(texts(plural.add("Its general secretary, Maureen Achterberg, said the vote was clear.")).front(),
            "Maureen Achterberg is its general secretary.");
}

TEST(Decomposer, ARelativeAfterADatedParticipleIsAboutWhatItDescribed) {
  EXPECT_EQ(texts(one("The firm made its name with the Carrow Viaduct, completed in 1869, which carried the railway "
                      "across the River Carrow.")),
            (std::vector<std::string>{"The firm made its name with the Carrow Viaduct.", "The Carrow Viaduct was completed in 1869.",
                                      "The Carrow Viaduct carried the railway across the River Carrow."}));
}

TEST(Decomposer, APrepositionAfterAReportingVerbOpensNoReportedClause) {
  EXPECT_EQ(texts(one("Historians still argue over how much of the blame for the Lenning disaster he deserved.")),
            std::vector<std::string>{"Historians still argue over how much of the blame for the Lenning disaster he deserved."});
  EXPECT_EQ(texts(one("I believe in free trade.")), std::vector<std::string>{"I believe in free trade."});
  // An unnamed source still makes the sentence theirs.
  const std::vector<AtomicClaim> critics = one("Critics warned of delays.");
  ASSERT_EQ(texts(critics), std::vector<std::string>{"Critics warned of delays."});
  ASSERT_TRUE(critics[0].attribution.has_value());
  EXPECT_EQ(critics[0].attribution->who, "Critics");
  EXPECT_TRUE(critics[0].attribution->vague);
  // A clause after the phrase is reported: "in 1992" dates it.
  const std::vector<AtomicClaim> said = one("I said in 1992 he didn't extend that courtesy to President Bush.");
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(said[0].text, "In 1992, he didn't extend that courtesy to President Bush.");
  ASSERT_TRUE(said[0].attribution.has_value());
}

TEST(Decomposer, APassivesAuxiliaryIsNotLentToAVerbWithABareObject) {
  EXPECT_EQ(texts(one("She was born in Auckland and left home at the age of nineteen.")),
            (std::vector<std::string>{"She was born in Auckland.", "She left home at the age of nineteen."}));
  EXPECT_EQ(texts(one("The album was released in 2017 and reached number 4 on the charts.")),
            (std::vector<std::string>{"The album was released in 2017.", "The album reached number 4 on the charts."}));
  // A participle with a prepositional phrase is still passive.
  EXPECT_EQ(texts(one("He was arrested in May and released due to lack of evidence.")),
            (std::vector<std::string>{"He was arrested in May.", "He was released due to lack of evidence."}));
}

TEST(Decomposer, APronounOpeningAWhereClauseIsResolvedLikeAnySubject) {
  Document document;
  document.add("Richard Welbourn was a British surgeon.");
  EXPECT_EQ(texts(document.add("In 1954, he was appointed consultant surgeon at St Thomas Hospital, where he "
                               "established one of the first vascular units in the UK.")),
            (std::vector<std::string>{"In 1954, Richard Welbourn was appointed consultant surgeon at St Thomas Hospital.",
                                      "In 1954, Richard Welbourn established one of the first vascular units in the UK at "
                                      "St Thomas Hospital."}));
}

TEST(Decomposer, AParticipleAfterAccordingToDescribesTheSource) {
  const std::vector<AtomicClaim> claims =
      one("According to the report, published on Tuesday, unemployment rose to 5.2 percent in March.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"The report was published on Tuesday.",
                                                     "Unemployment rose to 5.2 percent in March."}));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_FALSE(claims[0].attribution.has_value());
  ASSERT_TRUE(claims[1].attribution.has_value());
  EXPECT_EQ(claims[1].attribution->who, "the report");
}

TEST(Decomposer, AnAgeAfterANameIsAClaimAndTheClauseReadsOn) {
  EXPECT_EQ(texts(one("Johnson, 45, was charged with theft and appeared in court on Friday.")),
            (std::vector<std::string>{"Johnson was charged with theft.", "Johnson appeared in court on Friday.",
                                      "Johnson is 45."}));
  EXPECT_EQ(texts(one("The comet was first spotted by Alan Harwood, 67, from his garden.")),
            (std::vector<std::string>{"The comet was first spotted by Alan Harwood from his garden.", "Alan Harwood is 67."}));
  // A relative clause after the age stays the name's.
  EXPECT_EQ(texts(one("Graham Tolland, 52, who runs Tolland Freight, appeared in court.")),
            (std::vector<std::string>{"Graham Tolland appeared in court.", "Graham Tolland is 52.",
                                      "Graham Tolland runs Tolland Freight."}));
}

TEST(Decomposer, AnAbstractNounOpeningASentenceIsNoOrganisation) {
  Document document;
  document.add("Unemployment fell to 4.1 percent in June.");
  EXPECT_EQ(texts(document.add("The council spent 4 million pounds on the project.")),
            std::vector<std::string>{"The council spent 4 million pounds on the project."});
}

TEST(Decomposer, AddingThatReportsMoreOfWhatTheSpeakerSaid) {
  const std::vector<AtomicClaim> claims =
      one("The mayor said the road would reopen on Monday, adding that repairs had cost 300,000 pounds.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"The road would reopen on Monday.", "Repairs had cost 300,000 pounds."}));
  for (const AtomicClaim& claim : claims) {
    ASSERT_TRUE(claim.attribution.has_value()) << claim.text;
    EXPECT_EQ(claim.attribution->who, "The mayor");
  }
}

TEST(Decomposer, AVerbWhosePastIsItsBaseIsPastAfterASingularSubject) {
  EXPECT_EQ(texts(one("The storm hit the coast, bringing gusts of 94 mph and leaving 85,000 homes without power.")),
            (std::vector<std::string>{"The storm hit the coast.", "The storm brought gusts of 94 mph.",
                                      "The storm left 85,000 homes without power."}));
  EXPECT_EQ(texts(one("The river burst its banks on Sunday, flooding 200 homes.")),
            (std::vector<std::string>{"The river burst its banks on Sunday.", "The river was flooding 200 homes."}));
  EXPECT_EQ(texts(one("Storms hit the coast every winter, bringing gusts of 90 mph.")),
            (std::vector<std::string>{"Storms hit the coast every winter.", "Storms are bringing gusts of 90 mph."}));
}

TEST(Decomposer, ACoordinatedFirstOrSecondPersonKeepsItsOwnAgreement) {
  EXPECT_EQ(texts(one("Tipper and I have four children.")),
            (std::vector<std::string>{"Tipper has four children.", "I have four children."}));
  EXPECT_EQ(texts(one("Barbara and I were sitting there.")),
            (std::vector<std::string>{"Barbara was sitting there.", "I was sitting there."}));
  EXPECT_EQ(texts(one("You and Tom have a plan.")),
            (std::vector<std::string>{"You have a plan.", "Tom has a plan."}));
}

TEST(Decomposer, APossessiveFullNameIsRememberedForItsSurname) {
  Document document;
  document.add("Redcliffe Capital has bought the club, ending Graham Pell's 17 years as owner.");
  EXPECT_EQ(texts(document.add("Pell, a 71-year-old haulage businessman, bought the club in 2008.")),
            (std::vector<std::string>{"Graham Pell bought the club in 2008.",
                                      "Graham Pell was a 71-year-old haulage businessman."}));
}

TEST(Decomposer, MustWithConcreteTermsIsARequirementNotAnOpinion) {
  EXPECT_TRUE(one("Construction traffic must not use Church Street between 8am and 9am on school days.")[0]
                  .not_checkworthy_reason.empty());
  EXPECT_EQ(one("Governments must do more to tackle climate change.")[0].not_checkworthy_reason, "opinion");
  EXPECT_FALSE(one("We must cut emissions by 45 percent by 2030.")[0].not_checkworthy_reason.empty());
  EXPECT_EQ(one("The council should build 500 homes in Ashcombe.")[0].not_checkworthy_reason, "opinion");
}

TEST(Decomposer, AnInvertedSoClauseSaysThePreviousPredicateOfItsSubject) {
  EXPECT_EQ(texts(one("The government was very much involved; so was the housing industry; so were housing advocates.")),
            (std::vector<std::string>{"The government was very much involved.",
                                      "The housing industry was very much involved.",
                                      "Housing advocates were very much involved."}));
  EXPECT_EQ(texts(one("Guinea and Ghana have both moved closer to Moscow; so has Cuba.")),
            (std::vector<std::string>{"Guinea and Ghana have both moved closer to Moscow.",
                                      "Cuba has moved closer to Moscow."}));
  // "do" carries the tense of a bare verb, and gives way to one that has it.
  EXPECT_EQ(texts(one("Voters support the plan, and so does the council.")),
            (std::vector<std::string>{"Voters support the plan.", "The council does support the plan."}));
  EXPECT_EQ(texts(one("The union backed the deal, and so did the employers.")),
            (std::vector<std::string>{"The union backed the deal.", "The employers backed the deal."}));
  // Not an inversion: "so" with a clause of its own.
  EXPECT_EQ(texts(one("Prices rose, so do we raise wages?"))[0], "Prices rose, so do we raise wages?");
}

TEST(Decomposer, APresentFormAfterASingularOpeningIsANounOfTheCompound) {
  EXPECT_EQ(texts(one("A goods train fell into the river, killing its driver.")),
            (std::vector<std::string>{"A goods train fell into the river.", "A goods train killed its driver."}));
  EXPECT_EQ(texts(one("A man cut the ribbon at noon.")), (std::vector<std::string>{"A man cut the ribbon at noon."}));
}

TEST(Decomposer, TheCouncilIsOnlyABodyNamedAsACouncil) {
  Document document;
  document.add("Iran is more dangerous.");
  EXPECT_EQ(texts(document.add("The council backs the plan.")), (std::vector<std::string>{"The council backs the plan."}));
  Document named;
  named.add("Wrexley City Council met on Tuesday.");
  EXPECT_EQ(texts(named.add("The council backs the plan.")),
            (std::vector<std::string>{"Wrexley City Council backs the plan."}));
}

TEST(Decomposer, AnUnresolvedItThisOrThatSubjectIsMarkedAmbiguous) {
  Document document;
  document.add("The inquiry opened in March.");
  const auto cleared = document.add("It cleared Penhale of negligence.");
  ASSERT_EQ(cleared.size(), 1u);
  EXPECT_EQ(cleared[0].ambiguous, std::vector<std::string>{"it"});
  const auto depends = document.add("That depends on what happens upstream.");
  ASSERT_EQ(depends.size(), 1u);
  EXPECT_EQ(depends[0].ambiguous, std::vector<std::string>{"that"});
  // An "it" that stands for what follows refers to nothing before.
  for (const char* sentence : {"It is unclear how quickly the gap can be closed.", "It is too early to tell.",
                               "It remains unclear whether the crossings will reopen.",
                               "It is the third time this year that the river has burst its banks."}) {
    const auto claims = document.add(sentence);
    ASSERT_EQ(claims.size(), 1u) << sentence;
    EXPECT_TRUE(claims[0].ambiguous.empty()) << sentence;
  }
  // ... but "expected to" says what the thing will do.
  EXPECT_EQ(document.add("It is expected to employ about 1,800 people.")[0].ambiguous, std::vector<std::string>{"it"});
}

TEST(Decomposer, ASecondVerbThatDoesNotAgreeWithTheFirstIsNotItsCoordinate) {
  EXPECT_EQ(texts(one("The plan means you can take a line and cut out some of the pork.")),
            (std::vector<std::string>{"The plan means you can take a line and cut out some of the pork."}));
  EXPECT_EQ(texts(one("Dick Cheney wants to put all our eggs in one basket and give that basket to the oil companies.")),
            (std::vector<std::string>{"Dick Cheney wants to put all our eggs in one basket.",
                                      "Dick Cheney wants to give that basket to the oil companies."}));
  EXPECT_EQ(texts(one("His first commission cost just 640 pounds and still carries pedestrians today.")),
            (std::vector<std::string>{"His first commission cost just 640 pounds.",
                                      "His first commission still carries pedestrians today."}));
  EXPECT_EQ(texts(one("This allows for more accurate pricing and promotes efficiency in the market.")),
            (std::vector<std::string>{"This allows for more accurate pricing.", "This promotes efficiency in the market."}));
}

TEST(Decomposer, AComparedAmountOfChangeKeepsTheVerbOfChange) {
  EXPECT_EQ(texts(one("The economy grew by 0.8 percent in the second quarter, up from 0.3 percent in the first quarter.")),
            (std::vector<std::string>{"The economy grew by 0.8 percent in the second quarter.",
                                      "The economy grew by 0.3 percent in the first quarter."}));
  EXPECT_EQ(texts(one("Retail sales rose 3.2 percent, compared with 1.1 percent in the first quarter.")),
            (std::vector<std::string>{"Retail sales rose 3.2 percent.", "Retail sales rose 1.1 percent in the first quarter."}));
  // A level after "to" is what the thing was.
  EXPECT_EQ(texts(one("Unemployment fell to 5.1 percent in June, compared with 5.6 percent a year earlier.")),
            (std::vector<std::string>{"Unemployment fell to 5.1 percent in June.", "Unemployment was 5.6 percent a year earlier."}));
}

TEST(Decomposer, ARoleInADatedPastSentenceIsTheRoleThen) {
  EXPECT_EQ(texts(one("In 1853 he was apprenticed to Robert Gaunt, a railway engineer in Leeds.")),
            (std::vector<std::string>{"In 1853, he was apprenticed to Robert Gaunt.",
                                      "In 1853, Robert Gaunt was a railway engineer in Leeds."}));
  EXPECT_EQ(texts(one("In July 1995, Thomas Bopp, a factory manager, spotted the comet.")),
            (std::vector<std::string>{"In July 1995, Thomas Bopp spotted the comet.",
                                      "In July 1995, Thomas Bopp was a factory manager."}));
  // Undated, the role may still be held; a place is what it is.
  EXPECT_EQ(texts(one("He was the father of Caio Fonseca, an American painter.")),
            (std::vector<std::string>{"He was the father of Caio Fonseca.", "Caio Fonseca is an American painter."}));
  EXPECT_EQ(texts(one("In 1860 he moved to Kessel, a town of about 3,000 people.")),
            (std::vector<std::string>{"In 1860, he moved to Kessel.", "In 1860, Kessel is a town of about 3,000 people."}));
}

TEST(Decomposer, ADescriptionOfANameIsNotDatedByTheSentencesMoment) {
  EXPECT_EQ(texts(one("In the 12th minute, the visitors' captain, Owen Castell, scored a try.")),
            (std::vector<std::string>{"In the 12th minute, Owen Castell scored a try.",
                                      "Owen Castell was the visitors' captain."}));
  // A year still dates it.
  EXPECT_EQ(texts(one("In July 1995, Thomas Bopp, a factory manager, spotted the comet."))[1],
            "In July 1995, Thomas Bopp was a factory manager.");
}

TEST(Decomposer, ADeniedOrNegatedReportIsNotTheSpeakersClaim) {
  // What follows is not asserted: extracting it would say the opposite.
  for (const char* sentence : {"Johnson denied that he had taken the money.",
                               "I don't believe legalizing narcotics is the answer.",
                               "The minister did not say that the plant would close.",
                               "Calder has not said how much the drug would cost.",
                               "Nobody said that the plant would close.",
                               "The firm no longer says that sales rose."}) {
    EXPECT_EQ(texts(one(sentence)), (std::vector<std::string>{sentence})) << sentence;
  }
  // An unnamed source of a doubt is still flagged.
  const auto doubt = one("Some scientists doubt that the ice can be extracted cheaply.");
  ASSERT_EQ(doubt.size(), 1u);
  EXPECT_EQ(doubt[0].text, "Some scientists doubt that the ice can be extracted cheaply.");
  ASSERT_TRUE(doubt[0].attribution.has_value());
  EXPECT_EQ(doubt[0].attribution->who, "Some scientists");
  EXPECT_TRUE(doubt[0].attribution->vague);
  // An affirmed report is still split off.
  EXPECT_EQ(texts(one("The minister said that the plant would close.")),
            (std::vector<std::string>{"The plant would close."}));
  // A denial of a thing is an act, with no speaker.
  EXPECT_FALSE(one("The firm denies wrongdoing.")[0].attribution.has_value());
}

TEST(Decomposer, AnExpletiveThereIsNoAntecedent) {
  Document document;
  document.add("There is no evidence that the drug works.");
  EXPECT_EQ(texts(document.add("The company failed to pay its staff in March.")),
            (std::vector<std::string>{"The company failed to pay its staff in March."}));
}

TEST(Decomposer, TheCommaOfADateEndsNoClause) {
  EXPECT_EQ(texts(one("Larry Morton, born on February 5, 1943, is a former American football quarterback.")),
            (std::vector<std::string>{"Larry Morton is a former American football quarterback.",
                                      "Larry Morton was born on February 5, 1943."}));
  EXPECT_EQ(texts(one("On May 7, 2022, he fought Dmitry Bivol but lost by unanimous decision.")),
            (std::vector<std::string>{"On May 7, 2022, he fought Dmitry Bivol.", "On May 7, 2022, he lost by unanimous decision."}));
}

TEST(Decomposer, NothingInsideBracketsEndsAClause) {
  // Every claim is about her: none starts at the semicolon ("May 5, 1895 ...
  // was an American actress").
  const auto claims = texts(one("Virginia Valli (born Virginia McSweeney; May 5, 1895 \xE2\x80\x93 September 12, 1968) was an American actress."));
  ASSERT_FALSE(claims.empty());
  for (const std::string& claim : claims) EXPECT_TRUE(claim.starts_with("Virginia Valli")) << claim;
}

TEST(Decomposer, DatedTitlesAreItemsOfAListWhateverVerbsTheyHold) {
  EXPECT_EQ(texts(one("He has appeared in many films, including My Tutor Friend (2003), The Unforgiven (2005), and "
                      "My Girlfriend is an Agent (2009).")),
            (std::vector<std::string>{"He has appeared in many films, including My Tutor Friend (2003), The Unforgiven "
                                      "(2005), and My Girlfriend is an Agent (2009)."}));
}

TEST(Decomposer, ADatedParticipleIsPastWhateverTheMainClausesTense) {
  EXPECT_EQ(texts(one("Egon Krenz is a former East German politician, succeeding Erich Honecker on 18 October 1989.")),
            (std::vector<std::string>{"Egon Krenz is a former East German politician.",
                                      "Egon Krenz succeeded Erich Honecker on 18 October 1989."}));
}

TEST(Decomposer, TheLastItemOfAListIsNoClause) {
  EXPECT_EQ(texts(one("These attributes are realized through advanced materials, efficient designs, and rigorous "
                      "testing and quality control processes.")),
            (std::vector<std::string>{"These attributes are realized through advanced materials, efficient designs, and "
                                      "rigorous testing and quality control processes."}));
  EXPECT_EQ(texts(one("He is known for his speed, movement, agility, dribbling skills, first touch and ball control.")),
            (std::vector<std::string>{
                "He is known for his speed, movement, agility, dribbling skills, first touch and ball control."}));
  // A tensed verb after ", and" still makes a clause.
  EXPECT_EQ(texts(one("Prices rose in Paris, London and Berlin, and unemployment fell.")),
            (std::vector<std::string>{"Prices rose in Paris.", "Prices rose in London.", "Prices rose in Berlin.",
                                      "Unemployment fell."}));
}

TEST(Decomposer, AVerbPhraseAfterAnAdverbGoesOnWithTheSubject) {
  const auto claims = texts(one("He is an advocate for diversity, and actively works to create an inclusive workplace."));
  ASSERT_FALSE(claims.empty());
  for (const std::string& claim : claims) EXPECT_TRUE(claim.starts_with("He ")) << claim;
}

TEST(Decomposer, ABirthAfterTheComplementIsTheSubjects) {
  EXPECT_EQ(texts(one("Kyra Sedgwick is an American actress, producer, and director born on August 19, 1965, in New York City.")),
            (std::vector<std::string>{"Kyra Sedgwick is an American actress.", "Kyra Sedgwick is a producer.",
                                      "Kyra Sedgwick is a director.",
                                      "Kyra Sedgwick was born on August 19, 1965, in New York City."}));
  EXPECT_EQ(texts(one("Siti Kassim was an independence fighter born on November 30, 1926, and died on March 24, 2017.")),
            (std::vector<std::string>{"Siti Kassim was an independence fighter.", "Siti Kassim died on March 24, 2017.",
                                      "Siti Kassim was born on November 30, 1926."}));
  // After the clause's comma, a place that ends the sentence is the birth's.
  EXPECT_EQ(texts(one("Carlos Alfonso is a Cuban-American architect, born on March 27, 1955, in Havana, Cuba.")),
            (std::vector<std::string>{"Carlos Alfonso is a Cuban-American architect.",
                                      "Carlos Alfonso was born on March 27, 1955, in Havana, Cuba."}));
}

TEST(Decomposer, AdjectivesAndInfinitivesOfAListAreNoClauses) {
  for (const char* sentence :
       {"This Mortal Coil was known for their ethereal, haunting and atmospheric sound.",
        "C# is designed to be simple, with features such as type safety, garbage collection, and simplified and "
        "efficient memory management.",
        "Firms advertise to create brand recognition, to influence consumer preferences, and to create brand loyalty.",
        "The cost of a meal ranges from 2,900 DKK to 3,900 DKK, depending on the menu."}) {
    EXPECT_EQ(texts(one(sentence)), (std::vector<std::string>{sentence})) << sentence;
  }
}

TEST(Decomposer, AFunctionWordOpeningASentenceIsNoAntecedent) {
  Document document;
  document.add("Not only did the storm close the bridge, but it also cut power to 4,000 homes.");
  EXPECT_EQ(texts(document.add("The bank cut its rates on Monday.")),
            (std::vector<std::string>{"The bank cut its rates on Monday."}));
}

TEST(Decomposer, ThatsOpensWhatWasSaid) {
  EXPECT_EQ(texts(one("She said that's the reason for the delay.")),
            (std::vector<std::string>{"That's the reason for the delay."}));
}

TEST(Decomposer, ACountryIsNoCompanyFirmOrClub) {
  Document document;
  document.add("Iran tested a missile in May.");
  EXPECT_EQ(texts(document.add("The firm sold the plant.")), (std::vector<std::string>{"The firm sold the plant."}));
  // ... though it may be the government.
  Document government;
  government.add("Iran tested a missile in May.");
  EXPECT_EQ(texts(government.add("The government sold the plant.")), (std::vector<std::string>{"Iran sold the plant."}));
}

TEST(Decomposer, ARelativeBetweenSubjectAndVerbIsAboutTheHeadEvenAfterAPluralOpening) {
  EXPECT_EQ(texts(one("Shares in Halvard, which fell 12 percent on Monday, recovered on Tuesday.")),
            (std::vector<std::string>{"Shares in Halvard recovered on Tuesday.",
                                      "Shares in Halvard fell 12 percent on Monday."}));
}

TEST(Decomposer, AParticipleThatHoldsSinceATimeIsAPerfect) {
  EXPECT_EQ(texts(one("The ministry, led by Anna Brandt since 2021, will publish the figures in June.")),
            (std::vector<std::string>{"The ministry will publish the figures in June.",
                                      "The ministry has been led by Anna Brandt since 2021."}));
}

TEST(Decomposer, WhatACourtHeardIsReported) {
  const auto claims = one("The jury heard that Tolland, who ran a haulage firm, used 37 stolen cards.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"Tolland used 37 stolen cards.", "Tolland ran a haulage firm."}));
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "The jury");
  // Without "that", hearing is no report.
  EXPECT_EQ(texts(one("Supporters have heard grand promises before.")),
            (std::vector<std::string>{"Supporters have heard grand promises before."}));
}

TEST(Decomposer, ARelativeClauseAboutTheSourceIsAClaimAboutIt) {
  const auto claims = one("According to the report, which was published on Tuesday, crime fell by 8 percent.");
  EXPECT_EQ(texts(claims), (std::vector<std::string>{"The report was published on Tuesday.", "Crime fell by 8 percent."}));
}

TEST(Decomposer, ACapitalOnlyAtASentencesStartNamesNoFirm) {
  Document document;
  document.add("Revenue rose 8 percent to 4.2 billion euros.");
  EXPECT_EQ(texts(document.add("The firm plans to cut 300 jobs.")),
            (std::vector<std::string>{"The firm plans to cut 300 jobs."}));
  // A name the text also writes inside a sentence, or as two capitalised
  // words, still does.
  Document named;
  named.add("Analysts expect Castmere to report a loss.");
  named.add("Castmere cut its forecast on Monday.");
  EXPECT_EQ(texts(named.add("The company plans to cut 300 jobs.")),
            (std::vector<std::string>{"Castmere plans to cut 300 jobs."}));
}

TEST(Decomposer, AQuotationInSingleMarksIsAQuotation) {
  for (const char* sentence : {"'We have no plans to close the plant,' a spokesman said.",
                               "\xE2\x80\x98We have no plans to close the plant,\xE2\x80\x99 a spokesman said."}) {
    const auto claims = one(sentence);
    ASSERT_EQ(claims.size(), 1u) << sentence;
    EXPECT_EQ(claims[0].text, sentence);
    EXPECT_TRUE(claims[0].quotation);
    ASSERT_TRUE(claims[0].attribution.has_value()) << sentence;
    EXPECT_EQ(claims[0].attribution->who, "spokesman");
  }
}

TEST(Decomposer, AnOutlookOfUnnamedPeopleIsFlaggedVague) {
  const auto claims = one("Economists expect growth to slow.");
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].attribution.has_value());
  EXPECT_EQ(claims[0].attribution->who, "Economists");
  EXPECT_TRUE(claims[0].attribution->vague);
  // A named one is the document's own statement of what they expect.
  EXPECT_FALSE(one("The Bank of England expects growth to slow.")[0].attribution.has_value());
}

TEST(Decomposer, ThePartyThatWonIsNotTheGovernment) {
  Document document;
  document.add("The Social Democrats won 42 seats, four more than in 2021.");
  document.add("Opposition parties accused the government of hiding the true cost of the project.");
  const auto denial = document.add("The government denies this.");
  EXPECT_EQ(texts(denial), (std::vector<std::string>{"The government denies this."}));
  ASSERT_EQ(denial.size(), 1u);
  // A denial of a thing is an act, not a report with a speaker.
  EXPECT_FALSE(denial[0].attribution.has_value());
  // Nor is a party a firm.
  Document firm;
  firm.add("The Social Democrats won 42 seats.");
  EXPECT_EQ(texts(firm.add("The firm sold the plant.")), (std::vector<std::string>{"The firm sold the plant."}));
}

TEST(Decomposer, WordsBeforeAndThatQualifyTheLastNounAreNoRoleOfTheirOwn) {
  EXPECT_EQ(texts(one("Virginia Valli was an American stage and film actress.")),
            (std::vector<std::string>{"Virginia Valli was an American stage and film actress."}));
  EXPECT_EQ(texts(one("He was a writer and film producer.")),
            (std::vector<std::string>{"He was a writer.", "He was a film producer."}));
  EXPECT_EQ(texts(one("Lauren London is an American actress, model, and television personality.")),
            (std::vector<std::string>{"Lauren London is an American actress.", "Lauren London is a model.",
                                      "Lauren London is a television personality."}));
}

TEST(Decomposer, AnAndBeforeACompoundNounOpensNoClause) {
  EXPECT_EQ(texts(one("Providing funding to universities and think tanks is great.")),
            (std::vector<std::string>{"Providing funding to universities and think tanks is great."}));
}

TEST(Decomposer, AnOwnedDescriptionTakesNoArticle) {
  Document document;
  document.add("The coalition named Iran's mortal enemy.");
  EXPECT_EQ(texts(document.add("The enemy only has to be right once.")),
            (std::vector<std::string>{"Iran's mortal enemy only has to be right once."}));
}

TEST(Decomposer, ASpeakerMayTakeTwoPhrasesAfterTheVerbOrATimeAfterTheListener) {
  for (const char* sentence : {"The plant will close by 2027, the minister said in a statement on Tuesday.",
                               "The minister told Reuters on Tuesday that the plant will close by 2027.",
                               "The plant will close by 2027, the minister said in a report published on Monday."}) {
    const auto claims = one(sentence);
    ASSERT_EQ(claims.size(), 1u) << sentence;
    EXPECT_EQ(claims[0].text, "The plant will close by 2027.");
    ASSERT_TRUE(claims[0].attribution.has_value()) << sentence;
    const std::string who = claims[0].attribution->who;
    EXPECT_TRUE(who == "the minister" || who == "The minister") << who;
  }
}

TEST(Decomposer, ANameAfterAnOpeningParticipleIsWhoTheNextSheIs) {
  Document document;
  document.add("Born in Cork in 1921, Mary O'Brien trained as a nurse before the war.");
  EXPECT_EQ(texts(document.add("She married Patrick Walsh, a teacher, in 1946.")),
            (std::vector<std::string>{"Mary O'Brien married Patrick Walsh in 1946.", "Patrick Walsh was a teacher."}));
}

TEST(Decomposer, ANameEndingAsAPluralOwnsWithTheApostropheAlone) {
  Document document;
  document.add("Harbor Foods and Lindqvist Group agreed to merge last year.");
  EXPECT_EQ(texts(document.add("Their combined sales were 9 billion dollars.")),
            (std::vector<std::string>{"Harbor Foods and Lindqvist Group's combined sales were 9 billion dollars."}));
  Document surname;
  surname.add("Daniel Dubois is a British professional boxer who was born on September 6, 1997.");
  surname.add("He has held the WBA heavyweight title since June 2022.");
  EXPECT_EQ(texts(surname.add("Dubois' first fight was in April 2017.")),
            (std::vector<std::string>{"Daniel Dubois' first fight was in April 2017."}));
}

TEST(Decomposer, AnInstructionMayOpenWithADiscourseMarker) {
  const auto claims = one("Finally, stir the mixture and enjoy your latte!");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "Finally, stir the mixture and enjoy your latte!");
  EXPECT_EQ(claims[0].not_checkworthy_reason, "instruction");
}

TEST(Decomposer, AVerbTheLexiconLeavesOutOpensAnInstructionBeforeAnArticle) {
  // "check", "store" and "update" are as often nouns, so the verb table
  // leaves them out; before "the" or "your" they can only be commands.
  for (const char* sentence : {"Check the label before you buy.", "Store the vaccine at room temperature.",
                               "Update your browser to the latest version.", "First, reset your password."}) {
    const auto claims = one(sentence);
    ASSERT_EQ(claims.size(), 1u) << sentence;
    EXPECT_EQ(claims[0].not_checkworthy_reason, "instruction") << sentence;
  }
  // Not a word that places something, nor a statement with a verb of its own.
  EXPECT_EQ(one("Inside the court, the jury heard the recording.")[0].not_checkworthy_reason, "");
  EXPECT_EQ(one("Store the chain opened in 2019 closed in May.")[0].not_checkworthy_reason, "");
  // Nor a name the document writes capitalised inside a sentence.
  Document document;
  document.add("Shares in Tesco rose on Monday.");
  for (const AtomicClaim& claim : document.add("Tesco the retailer, which employs 300,000 people, cut prices.")) {
    EXPECT_EQ(claim.not_checkworthy_reason, "") << claim.text;
  }
}

TEST(Decomposer, AParticipleOfAPastSentenceIsToldInTheSimplePast) {
  // What the participle adds happened: "killed", not "was killing", which
  // would tell of something under way.
  EXPECT_EQ(texts(one("The ship sank in 1912, killing more than 1,500 people.")),
            (std::vector<std::string>{"The ship sank in 1912.", "The ship killed more than 1,500 people."}));
  EXPECT_EQ(texts(one("Grace Okafor won the election, defeating the incumbent.")),
            (std::vector<std::string>{"Grace Okafor won the election.", "Grace Okafor defeated the incumbent."}));
  // Each participle of a coordination has its own past.
  EXPECT_EQ(texts(one("The council voted on Tuesday, raising council tax and cutting several services.")),
            (std::vector<std::string>{"The council voted on Tuesday.", "The council raised council tax.",
                                      "The council cut several services."}));
  // In the present the progressive stays; so does a participle the lexicon
  // does not know, whose past it cannot spell.
  EXPECT_EQ(texts(one("The council is raising council tax, cutting several services.")),
            (std::vector<std::string>{"The council is raising council tax.", "The council is cutting several services."}));
  EXPECT_EQ(texts(one("The firm expanded rapidly, outpacing its rivals.")),
            (std::vector<std::string>{"The firm expanded rapidly.", "The firm was outpacing its rivals."}));
}

TEST(Decomposer, AnAppositiveWithARelativeClauseBeforeASecondVerbPhrase) {
  // The description of the name holds a relative clause with "that", and
  // the clause goes on with the subject after it.
  EXPECT_EQ(texts(one("The vaccine was developed by Calder Biosciences, a company based in Leiden that was spun "
                      "out of the city's university in 2011, and was tested on 1,146 adults.")),
            (std::vector<std::string>{"The vaccine was developed by Calder Biosciences.",
                                      "The vaccine was tested on 1,146 adults.",
                                      "Calder Biosciences is a company based in Leiden.",
                                      "Calder Biosciences was spun out of the city's university in 2011."}));
  // A drug's or a species' name is written in lower case.
  EXPECT_EQ(texts(one("The drug, ferolastib, was tested on 1,146 adults.")),
            (std::vector<std::string>{"Ferolastib was tested on 1,146 adults.", "Ferolastib was the drug."}));
  // Not any word between commas: "however" or "too" is no name.
  EXPECT_EQ(texts(one("The drug, however, was tested on 1,146 adults.")),
            std::vector<std::string>{"The drug was tested on 1,146 adults."});
}

TEST(Decomposer, AnOwnersDescriptionOfANameBeforeAPhraseOfTheClause) {
  // "its managing partner" describes the name as "a ..." does, and "its" is
  // the sentence's subject; two descriptions joined by "and" are two claims.
  EXPECT_EQ(texts(one("Redcliffe Capital has appointed Anita Loveridge, its managing partner and a former chief "
                      "executive of Drayton Rovers, as chairman.")),
            (std::vector<std::string>{"Redcliffe Capital has appointed Anita Loveridge as chairman.",
                                      "Anita Loveridge is Redcliffe Capital's managing partner.",
                                      "Anita Loveridge is a former chief executive of Drayton Rovers."}));
}

TEST(Decomposer, HisOrHerBeforeANounIsThePersonTheDocumentShowed) {
  Document election;
  election.add("Grace Okafor, a former head teacher, won the election on Thursday.");
  EXPECT_EQ(texts(election.add("Her strongest result came in Riverside.")),
            std::vector<std::string>{"Grace Okafor's strongest result came in Riverside."});
  EXPECT_EQ(texts(election.add("The council will review her plans in May.")),
            std::vector<std::string>{"The council will review Grace Okafor's plans in May."});
  // Someone named before the pronoun may own it, and a pronoun object is
  // no possessive.
  EXPECT_EQ(texts(election.add("Neil Hardacre said the result surprised his party.")),
            std::vector<std::string>{"The result surprised his party."});
  Document thanked;
  thanked.add("Grace Okafor, a former head teacher, won the election on Thursday.");
  EXPECT_EQ(texts(thanked.add("The council congratulated her on Friday.")),
            std::vector<std::string>{"The council congratulated her on Friday."});
  // In what a speaker "she" said, "her" is the speaker's, whoever else
  // the sentence names.
  Document told;
  told.add("Head teacher Priya Anand said she was proud of the result.");
  const auto reported = told.add("She told the Ashcombe Courier that the school had replaced 31 teachers since her arrival.");
  ASSERT_EQ(texts(reported), std::vector<std::string>{"The school had replaced 31 teachers since Priya Anand's arrival."});
  // A name that only opened the sentence before is no person shown.
  Document program;
  program.add("Social Security paid 1.2 million pensions last year.");
  EXPECT_EQ(texts(program.add("Her husband was a miner.")), std::vector<std::string>{"Her husband was a miner."});
}

TEST(Decomposer, WhichAfterANamedInstitutionAndItsTownIsTheInstitution) {
  EXPECT_EQ(texts(one("His letters are kept at the Penhale Museum in Saltby, which opened in 1988.")),
            (std::vector<std::string>{"His letters are kept at the Penhale Museum in Saltby.",
                                      "The Penhale Museum in Saltby opened in 1988."}));
  // A town after something that is no institution is still the town.
  EXPECT_EQ(texts(one("She grew up on a farm near Saltby, which has a population of 3,000.")),
            (std::vector<std::string>{"She grew up on a farm near Saltby.", "Saltby has a population of 3,000."}));
}

TEST(Decomposer, AResultAfterAPassiveIsTheEventsNotTheSubjects) {
  // The club did not end Pell's ownership; the sale did. The participle
  // stays with the claim that tells of the sale.
  EXPECT_EQ(texts(one("The club has been bought by Redcliffe Capital, ending Graham Pell's 17 years as owner.")),
            std::vector<std::string>{
                "The club has been bought by Redcliffe Capital, ending Graham Pell's 17 years as owner."});
  // After an active verb the subject did it; after a passive, a participle
  // that is no result is still the subject's.
  EXPECT_EQ(texts(one("The storm hit the coast on Friday, killing 12 people.")),
            (std::vector<std::string>{"The storm hit the coast on Friday.", "The storm killed 12 people."}));
  EXPECT_EQ(texts(one("She was elected in 2019, becoming the first mayor from the party.")),
            (std::vector<std::string>{"She was elected in 2019.", "She became the first mayor from the party."}));
}

TEST(Decomposer, ANameInAnOpeningFrameIsNotWhoTheNextPronounIs) {
  // "World War II" follows "After", no title: the sentence is about "he".
  Document document;
  document.add("Takeo Miki was a Japanese politician.");
  document.add("He studied law in Tokyo.");
  document.add("After World War II, he became a prominent figure in the party.");
  EXPECT_EQ(texts(document.add("He was elected to the House of Representatives in 1947.")),
            (std::vector<std::string>{"Takeo Miki was elected to the House of Representatives in 1947."}));
  // Nor after any other preposition: "the outbreak of World War II".
  Document harrer;
  harrer.add("Heinrich Harrer was an Austrian mountaineer.");
  harrer.add("After the outbreak of World War II, Harrer was interned in India, where he remained until 1944.");
  EXPECT_EQ(texts(harrer.add("He died in 2006 at the age of 93.")),
            (std::vector<std::string>{"Heinrich Harrer died in 2006 at the age of 93."}));
}

TEST(Decomposer, ASurnameCoordinatedWithAnotherNameKeepsNoOneAsThePerson) {
  // "Both Ji Sung and Lee Bo-young" is about two people: a later "He",
  // after someone new is named, is not Ji Sung.
  Document document;
  document.add("Ji Sung is best known for his roles in dramas.");
  document.add("He has won several awards.");
  document.add("In 2013, Ji Sung married fellow actress Lee Bo-young.");
  document.add("They have two children together.");
  document.add("Both Ji Sung and Lee Bo-young are known for their charitable work.");
  document.add("There are two individuals named Jones.");
  document.add("The first is David Charles Jones, who was born on July 9, 1921.");
  EXPECT_EQ(texts(document.add("He was a United States Air Force general.")),
            (std::vector<std::string>{"He was a United States Air Force general."}));
}

TEST(Decomposer, ACoordinatedClauseMayOpenWithADescribedSubject) {
  // ", and her mother, a doctor, moved": the description is a claim of its
  // own, and the clause goes on past it.
  EXPECT_EQ(texts(one("She studied in Paris, and her mother, a doctor, moved to Lyon.")),
            (std::vector<std::string>{"She studied in Paris.", "Her mother moved to Lyon.", "Her mother was a doctor."}));
}

TEST(Decomposer, ItsInALaterClauseIsTheFirstClausesSubject) {
  Document document;
  document.add("Dominic Keating is an English actor.");
  EXPECT_EQ(texts(document.add("The plant opened in 1990, and its owner was sold in 2001.")),
            (std::vector<std::string>{"The plant opened in 1990.", "The plant's owner was sold in 2001."}));
  // Not in the first clause's own descriptions: the sentence before.
  Document founder;
  founder.add("Kestrel Ridge opened a new lab in 2009.");
  EXPECT_EQ(texts(founder.add("Its founder, Edith Cole, trained in Leeds.")),
            (std::vector<std::string>{"Edith Cole trained in Leeds.", "Edith Cole was Kestrel Ridge's founder."}));
}

TEST(Decomposer, AComparedNumberCountsTheSubjectsNounWhenOnlyTheSubjectHasOne) {
  EXPECT_EQ(texts(one("More than 40,000 people attended the festival, up from 32,000 last year.")),
            (std::vector<std::string>{"More than 40,000 people attended the festival.",
                                      "32,000 people attended the festival last year."}));
  // A number after the verb is still what the compared one replaces.
  EXPECT_EQ(texts(one("Postal votes made up nearly a third of all ballots, compared with a fifth in 2020.")),
            (std::vector<std::string>{"Postal votes made up nearly a third of all ballots.",
                                      "Postal votes made up a fifth in 2020."}));
}

TEST(Decomposer, TheTeamIsNoTitledPerson) {
  // A subject with an honorific is a person: "the team" is not Mr Patel.
  Document document;
  document.add("Mr Patel was elected leader of the council in May.");
  const auto claims = document.add("The team won the league for the first time in 23 years.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "The team won the league for the first time in 23 years.");
  EXPECT_EQ(claims[0].ambiguous, std::vector<std::string>{"the team"});
  // A wider title is no honorific: "the company" may be General Motors.
  Document firm;
  firm.add("General Motors cut 500 jobs in May.");
  EXPECT_EQ(texts(firm.add("The company cut its forecast.")),
            (std::vector<std::string>{"General Motors cut its forecast."}));
}

TEST(Decomposer, AVerbOfAcceptingTakesAThingNotAClause) {
  // "rise" after "a pay" is a noun: the union accepted a thing, and the
  // sentence is the union's act, not a report of it.
  const auto claims = one("The union accepted a pay rise of 6 percent.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "The union accepted a pay rise of 6 percent.");
  EXPECT_FALSE(claims[0].attribution);
  // A quantity of plurals does take a plain verb: still a report.
  const auto deserve = one("Some experts think a lot of people deserve credit.");
  ASSERT_EQ(deserve.size(), 1u);
  EXPECT_EQ(deserve[0].text, "A lot of people deserve credit.");
  ASSERT_TRUE(deserve[0].attribution);
  EXPECT_EQ(deserve[0].attribution->who, "Some experts");
}

TEST(Decomposer, AVerbOfReportingWithAnObjectThenAnotherVerbPhraseIsTwoActs) {
  // Not "Smith denied that ... was released": two acts of Smith's.
  const auto denied = one("Smith denied the charges and was released on bail.");
  EXPECT_EQ(texts(denied), (std::vector<std::string>{"Smith denied the charges.", "Smith was released on bail."}));
  for (const AtomicClaim& claim : denied) EXPECT_FALSE(claim.attribution) << claim.text;
  // "wrote" too, which may report ("wrote that ..."): here it made things.
  EXPECT_EQ(texts(one("Harrer wrote over 20 books and received credit on 40 films.")),
            (std::vector<std::string>{"Harrer wrote over 20 books.", "Harrer received credit on 40 films."}));
  // A clause after the verb still is a report.
  const auto said = one("Smith said the plant would close and 300 jobs would go.");
  ASSERT_FALSE(said.empty());
  ASSERT_TRUE(said[0].attribution);
  EXPECT_EQ(said[0].attribution->who, "Smith");
}

TEST(Decomposer, APluralWithoutAnSTakesAPluralCopula) {
  EXPECT_EQ(texts(one("The bacteria, found in soil samples from Antarctica, can survive extreme cold.")),
            (std::vector<std::string>{"The bacteria can survive extreme cold.",
                                      "The bacteria are found in soil samples from Antarctica."}));
}

TEST(Decomposer, ButJoinsVerbPhrasesInThePresentUnlessTheFirstIsNegated) {
  EXPECT_EQ(texts(one("Coral reefs cover less than 1 percent of the ocean floor but support a quarter of marine species.")),
            (std::vector<std::string>{"Coral reefs cover less than 1 percent of the ocean floor.",
                                      "Coral reefs support a quarter of marine species."}));
  // The second verb does not share the first one's "don't".
  EXPECT_EQ(texts(one("Some voters don't follow politics but understand the issue.")),
            (std::vector<std::string>{"Some voters don't follow politics but understand the issue."}));
}

TEST(Decomposer, AfterAPassiveWithItsAgentASimplePastOrAnAuxiliaryStartsAVerbPhrase) {
  // "became" can be no participle of "founded by": a verb of its own.
  EXPECT_EQ(texts(one("The city was founded by the Romans in AD 43 and became an important port.")),
            (std::vector<std::string>{"The city was founded by the Romans in AD 43.",
                                      "The city became an important port."}));
  // "but" and an auxiliary: a second verb phrase.
  EXPECT_EQ(texts(one("The building was badly damaged by fire in 1992 but has since been restored.")),
            (std::vector<std::string>{"The building was badly damaged by fire in 1992.",
                                      "The building has since been restored."}));
  // A participle after "and" in the agent phrase still joins nouns.
  EXPECT_EQ(texts(one("The relationship was shaped by wars and shared beliefs.")),
            (std::vector<std::string>{"The relationship was shaped by wars and shared beliefs."}));
}

TEST(Decomposer, ARelativeClauseAfterAnAgeIsAboutTheNounBeforeIt) {
  EXPECT_EQ(texts(one("He wrote his first symphony at the age of 14, which was performed in Vienna a year later.")),
            (std::vector<std::string>{"He wrote his first symphony at the age of 14.",
                                      "His first symphony was performed in Vienna a year later."}));
}

TEST(Decomposer, TheCompanysThingIsOwnedByTheCompanyTheTextNamed) {
  Document document;
  document.add("Nordvik Energy reported revenue of 3.2 billion euros for 2024.");
  EXPECT_EQ(texts(document.add("The company's shares rose 5 percent in early trading.")),
            (std::vector<std::string>{"Nordvik Energy's shares rose 5 percent in early trading."}));
  // A description "The rate" was resolved to is no name for "the bank".
  Document bank;
  bank.add("Halvard Bank raised its main interest rate on Thursday.");
  bank.add("The rate had stood at 4.25 percent since February.");
  EXPECT_EQ(texts(bank.add("The bank's council voted 7-2 for the increase.")),
            (std::vector<std::string>{"Halvard Bank's council voted 7-2 for the increase."}));
}

TEST(Decomposer, AgreeingOnThingsThatSomeoneMentionedReportsNothing) {
  // "that he just mentioned" is a relative clause of "two things", not
  // what was agreed.
  EXPECT_EQ(texts(one("The two candidates agree on two things that the senator mentioned.")),
            (std::vector<std::string>{"The two candidates agree on two things that the senator mentioned."}));
  // "agree with X that P" does report P.
  const auto with = one("Morgan agrees with the minister that the plant should stay open.");
  ASSERT_EQ(with.size(), 1u);
  EXPECT_EQ(with[0].text, "The plant should stay open.");
  ASSERT_TRUE(with[0].attribution);
  EXPECT_EQ(with[0].attribution->who, "Morgan");
  // A verb of saying may have its phrase before "that": "said in a speech
  // that P".
  const auto said = one("Morgan said in a speech on Monday that the plant would stay open.");
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(said[0].text, "The plant would stay open.");
}

TEST(Decomposer, TheCarmakerIsTheFirmTheTextNamed) {
  Document document;
  document.add("Kestrel Motors will close its plant in Dunmore next year.");
  EXPECT_EQ(texts(document.add("The carmaker cut 500 jobs in 2023.")),
            (std::vector<std::string>{"Kestrel Motors cut 500 jobs in 2023."}));
}

TEST(Decomposer, TheNounStandsOnlyForANameOfOneThingThatEndsInIt) {
  // "the probe" may be the one probe the text named...
  Document probe;
  probe.add("The agency launched the Selene-3 probe in March.");
  EXPECT_EQ(texts(probe.add("The probe reached lunar orbit in June.")),
            (std::vector<std::string>{"The Selene-3 probe reached lunar orbit in June."}));
  // ...but a name ending in a common noun ("West Point", a capitalised
  // "Federal deficit") is not what a later "the point" or "the deficit" is.
  Document point;
  point.add("My son graduated from West Point in 1998.");
  EXPECT_EQ(texts(point.add("The point is that we can fix our economy.")),
            (std::vector<std::string>{"The point is that we can fix our economy."}));
  Document deficit;
  deficit.add("We cut the Federal deficit by 40 billion dollars in 1994.");
  EXPECT_EQ(texts(deficit.add("The deficit was bigger than I expected.")),
            (std::vector<std::string>{"The deficit was bigger than I expected."}));
}

TEST(Decomposer, AModifierOfTheNounMustBeTheDescriptionsOwn) {
  Document document;
  document.add("The rebels hold the northern part of Mali.");
  EXPECT_EQ(texts(document.add("The second part is harder to defend.")),
            (std::vector<std::string>{"The second part is harder to defend."}));
  Document same;
  same.add("The army took the northern part of Mali in 2013.");
  EXPECT_EQ(texts(same.add("The northern part is harder to defend.")),
            (std::vector<std::string>{"The northern part of Mali is harder to defend."}));
}

TEST(Decomposer, ItsThingIsTheSubjectsWhenTheSubjectIsABody) {
  // "on Thursday" is when, not where: the rate is the bank's.
  Document document;
  document.add("The National Bank of Marvonia raised its main interest rate on Thursday.");
  EXPECT_EQ(texts(document.add("The rate had stood at 4.25 percent since February.")),
            (std::vector<std::string>{"The National Bank of Marvonia's main interest rate had stood at 4.25 percent since February."}));
  // A person's "its" is no one's: nothing is described.
  Document person;
  person.add("Mr Harlan Voss praised its new interest rate on Thursday.");
  EXPECT_EQ(texts(person.add("The rate had stood at 4.25 percent since February.")),
            (std::vector<std::string>{"The rate had stood at 4.25 percent since February."}));
}

TEST(Decomposer, ALaterVerbPhraseThatReportsIsTheSubjectsReport) {
  const auto claims = one("Harwick Council approved the plan in May and said that work would start in June.");
  ASSERT_EQ(texts(claims), (std::vector<std::string>{"Harwick Council approved the plan in May.",
                                                     "Work would start in June."}));
  EXPECT_FALSE(claims[0].attribution);
  ASSERT_TRUE(claims[1].attribution);
  EXPECT_EQ(claims[1].attribution->who, "Harwick Council");
  EXPECT_FALSE(claims[1].attribution->vague);
  // Past a listener and an adverb: "later told reporters that".
  const auto told = one("The referee awarded the try after a long review and later told reporters that the decision was clear.");
  ASSERT_EQ(texts(told), (std::vector<std::string>{"The referee awarded the try after a long review.",
                                                   "The decision was clear."}));
  ASSERT_TRUE(told[1].attribution);
  EXPECT_EQ(told[1].attribution->who, "The referee");
  // A verb phrase that only names what was said stays a claim of its own.
  EXPECT_EQ(texts(one("The council approved the plan in May and announced the date in June.")),
            (std::vector<std::string>{"The council approved the plan in May.", "The council announced the date in June."}));
}

TEST(Decomposer, PointsOutThatReportsInThePresentToo) {
  const auto claims = one("The minister points out that unemployment fell to 4.1 percent in March.");
  ASSERT_EQ(texts(claims), (std::vector<std::string>{"Unemployment fell to 4.1 percent in March."}));
  ASSERT_TRUE(claims[0].attribution);
  EXPECT_EQ(claims[0].attribution->who, "The minister");
}

TEST(Decomposer, ItsIsUnclearAfterASentenceThatWentOnToDescribeAnotherName) {
  // "Its longest arch": the firm's or the viaduct's? The sentence before
  // described the viaduct at length after its subject.
  Document document;
  document.add("The firm made its name with the Carrow Viaduct, completed in 1869, which carried the railway.");
  const auto claims = document.add("Its longest arch spans 24 metres, and the whole structure cost 38,000 pounds.");
  ASSERT_EQ(texts(claims), (std::vector<std::string>{"Its longest arch spans 24 metres.",
                                                     "The whole structure cost 38,000 pounds."}));
  EXPECT_EQ(claims[0].ambiguous, std::vector<std::string>{"its"});
  // Without a second thing described, "Its" is the subject's.
  Document plain;
  plain.add("The firm built the Carrow Viaduct in 1869.");
  EXPECT_EQ(texts(plain.add("Its largest office is in Saltby.")),
            (std::vector<std::string>{"The firm's largest office is in Saltby."}));
}

TEST(Decomposer, TheKindOfABodyNamedKindOfPlaceIsThatBody) {
  Document document;
  document.add("In June 2025, a team from the University of Wendham began a six-week excavation.");
  EXPECT_EQ(texts(document.add("The university has funded the dig since 2024.")),
            (std::vector<std::string>{"The University of Wendham has funded the dig since 2024."}));
  // Two universities: "the university" is left as written.
  Document two;
  two.add("Teams from the University of Wendham and the University of Carden began a dig.");
  EXPECT_EQ(texts(two.add("The university has funded the dig since 2024.")),
            (std::vector<std::string>{"The university has funded the dig since 2024."}));
}

TEST(Decomposer, AVerblessVerdictOfASourceIsTheirView) {
  Document document;
  document.add("Is the worst over for Norland's economy?");
  const auto claims = document.add("Not yet, many analysts say.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "Not yet.");
  ASSERT_TRUE(claims[0].attribution);
  EXPECT_TRUE(claims[0].attribution->vague);
  EXPECT_EQ(claims[0].not_checkworthy_reason, "opinion");
  // A clause with its verb is what the source says happened.
  const auto stated = one("Growth slowed in June, many analysts say.");
  ASSERT_EQ(stated.size(), 1u);
  EXPECT_EQ(stated[0].not_checkworthy_reason, "");
}

TEST(Decomposer, AFirmsFirstWordAloneIsTheFirm) {
  Document document;
  document.add("Hollinsworth Town have been bought by Redcliffe Capital for 38 million pounds.");
  EXPECT_EQ(texts(document.add("Redcliffe has appointed Anita Loveridge as chairman.")),
            (std::vector<std::string>{"Redcliffe Capital has appointed Anita Loveridge as chairman."}));
  // A place after a preposition, and a modifier, stay as written.
  EXPECT_EQ(texts(document.add("The players will parade through Redcliffe on Sunday.")),
            (std::vector<std::string>{"The players will parade through Redcliffe on Sunday."}));
  // Two names that open with the word: it stands for neither.
  Document two;
  two.add("Harwick Rovers beat Penmoor Athletic 27-24.");
  two.add("Harwick Council paid for the new stand.");
  EXPECT_EQ(texts(two.add("Harwick started quickly.")), (std::vector<std::string>{"Harwick started quickly."}));
  // A word the document used alone before is a name of its own.
  Document town;
  town.add("The festival in Harwick drew 4,000 people.");
  town.add("Harwick Rovers won the cup.");
  EXPECT_EQ(texts(town.add("Harwick has 30,000 residents.")),
            (std::vector<std::string>{"Harwick has 30,000 residents."}));
  // Nor is a people's adjective an airline.
  Document airline;
  airline.add("British Airways cancelled 40 flights.");
  EXPECT_EQ(texts(airline.add("His mother is British.")), (std::vector<std::string>{"His mother is British."}));
}

TEST(Decomposer, ACapitalAInsideASentenceOpensATitleNotADescription) {
  EXPECT_EQ(texts(one("Their albums are Speak & Spell, A Broken Frame, and Violator.")),
            (std::vector<std::string>{"Their albums are Speak & Spell, A Broken Frame, and Violator."}));
  // A lower-case "a" after a name still describes it.
  EXPECT_EQ(texts(one("They played in Kessel, a town of about 30,000 people.")),
            (std::vector<std::string>{"They played in Kessel.", "Kessel is a town of about 30,000 people."}));
}

TEST(Decomposer, APresentCopulaAndAVerbPhraseAreTwoClaims) {
  EXPECT_EQ(texts(one("Jack Leach is a left-arm spinner and plays for Somerset.")),
            (std::vector<std::string>{"Jack Leach is a left-arm spinner.", "Jack Leach plays for Somerset."}));
  // Inside a relative clause the verbs are the relative clause's: the club
  // pays, not Ruiz.
  EXPECT_EQ(texts(one("Ruiz is the coach that the club hired and pays well.")),
            (std::vector<std::string>{"Ruiz is the coach that the club hired and pays well."}));
}

TEST(Decomposer, ALastListItemPlacedByAParticipleStaysInTheList) {
  EXPECT_EQ(texts(one("Daniel Charles is a photographer, writer, and entrepreneur based in Los Angeles.")),
            (std::vector<std::string>{"Daniel Charles is a photographer, writer, and entrepreneur based in Los Angeles."}));
  // A verb that carries a tense still opens a clause of its own.
  const auto tensed = texts(one("Prices rose, wages fell, and the bank based its forecast on both."));
  ASSERT_FALSE(tensed.empty());
  EXPECT_EQ(tensed.back(), "The bank based its forecast on both.");
}

TEST(Decomposer, TheNounStandsForANameAsTheDocumentWroteIt) {
  // Written without an article, the name stays without one...
  Document bank;
  bank.add("Customers of Halvard Bank were told on Tuesday that their data had been stolen.");
  EXPECT_EQ(texts(bank.add("The bank has no branches.")), (std::vector<std::string>{"Halvard Bank has no branches."}));
  // ...and one written with "the" keeps it.
  Document canal;
  canal.add("Barges used the Saltmarsh Canal until 1960.");
  EXPECT_EQ(texts(canal.add("The canal was restored in 2004.")),
            (std::vector<std::string>{"The Saltmarsh Canal was restored in 2004."}));
}

TEST(Decomposer, AFrameThatNamesWhereWordsWereSaidStaysWithTheSaying) {
  const auto claims = one("In a statement, Northwind said that the aircraft had been inspected in May.");
  ASSERT_EQ(texts(claims), (std::vector<std::string>{"The aircraft had been inspected in May."}));
  ASSERT_TRUE(claims[0].attribution);
  EXPECT_EQ(claims[0].attribution->who, "Northwind");
  EXPECT_EQ(texts(one("In an interview on Tuesday, Ruiz said prices would fall.")),
            (std::vector<std::string>{"Prices would fall."}));
  // A time or place frame still dates the report.
  EXPECT_EQ(texts(one("In 2019, Iran said it had tested a missile.")),
            (std::vector<std::string>{"In 2019, Iran had tested a missile."}));
}

TEST(Decomposer, ASpeakersRoleBeforeTheirNameIsAClaimAboutThem) {
  const auto claims = one("The club's chairman Graham Pell said the stadium would be sold.");
  ASSERT_EQ(texts(claims), (std::vector<std::string>{"Graham Pell is the club's chairman.", "The stadium would be sold."}));
  ASSERT_TRUE(claims[1].attribution);
  EXPECT_EQ(claims[1].attribution->who, "Graham Pell");
  // One owner of two, and a party, hold no role.
  EXPECT_EQ(texts(one("Governor Reagan and his new Republican Party have departed from this commitment.")),
            (std::vector<std::string>{"Governor Reagan and his new Republican Party have departed from this commitment."}));
}

TEST(Decomposer, AGenderedPronounInALaterClauseIsTheOtherPerson) {
  Document document;
  document.add("Helena Varga was born in Debrecen in 1931.");
  document.add("She studied soil chemistry in Budapest.");
  EXPECT_EQ(texts(document.add("Varga married the physicist Jonas Ekholm in 1966; he died in 2011.")),
            (std::vector<std::string>{"Helena Varga married the physicist Jonas Ekholm in 1966.", "Jonas Ekholm died in 2011."}));
  // When no one named there is shown to be of the other gender, the
  // pronoun stays as written.
  Document unknown;
  EXPECT_EQ(texts(unknown.add("Chris Dale married Sam Hirst in 1966; he died in 2011.")).back(), "He died in 2011.");
}

TEST(Decomposer, MoreUnnamedGroupsAndTheirViews) {
  const auto sources = one("Sources close to the deal said two earlier bidders had pulled out.");
  ASSERT_EQ(texts(sources), (std::vector<std::string>{"Two earlier bidders had pulled out."}));
  ASSERT_TRUE(sources[0].attribution);
  EXPECT_EQ(sources[0].attribution->who, "Sources close to the deal");
  EXPECT_TRUE(sources[0].attribution->vague);
  for (const char* sentence : {"Many in the Penmoor end clearly thought so.",
                               "Colleagues remember her as a demanding but generous mentor.",
                               "Some farmers' groups accused her of exaggerating the risks."}) {
    const auto claims = one(sentence);
    ASSERT_EQ(claims.size(), 1u) << sentence;
    ASSERT_TRUE(claims[0].attribution) << sentence;
    EXPECT_TRUE(claims[0].attribution->vague) << sentence;
    EXPECT_EQ(claims[0].not_checkworthy_reason, "opinion") << sentence;
  }
  // A name with "the" before a verb in -s keeps its verb.
  const auto states = one("The United States thinks the deal is fair.");
  ASSERT_EQ(states.size(), 1u);
  ASSERT_TRUE(states[0].attribution);
  EXPECT_EQ(states[0].attribution->who, "The United States");
}

TEST(Decomposer, AnActingItAfterAReportIsTheNamedSource) {
  Document document;
  document.add("A Board of Trade inquiry found that the ironwork had flaws.");
  EXPECT_EQ(texts(document.add("It cleared Penhale of negligence.")),
            (std::vector<std::string>{"The Board of Trade inquiry cleared Penhale of negligence."}));
  // Not the reported clause's subject, nor an "It" that acts on nothing.
  Document weather;
  weather.add("A Board of Trade inquiry found that the ironwork had flaws.");
  EXPECT_EQ(texts(weather.add("It was unclear why.")), (std::vector<std::string>{"It was unclear why."}));
  // An unnamed source is no antecedent.
  Document unnamed;
  unnamed.add("An inquiry found that the ironwork had flaws.");
  EXPECT_EQ(texts(unnamed.add("It cleared Penhale of negligence.")),
            (std::vector<std::string>{"It cleared Penhale of negligence."}));
}

TEST(Decomposer, ACommaInsideBracketsCutsNothing) {
  const auto claims = texts(one("Kyu Sakamoto (\xE5\x9D\x82\xE6\x9C\xAC \xE4\xB9\x9D, Sakamoto Ky\xC5\xAB, born Hisashi Oshima) was a Japanese singer."));
  for (const std::string& claim : claims) {
    EXPECT_EQ(std::count(claim.begin(), claim.end(), '('), std::count(claim.begin(), claim.end(), ')')) << claim;
  }
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims.front().rfind("Kyu Sakamoto", 0), 0u) << claims.front();
}

}  // namespace
}  // namespace claimcheck
