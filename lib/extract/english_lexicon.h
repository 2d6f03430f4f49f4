// Closed word classes and verb forms of English, as the claim decomposer
// needs them. No part-of-speech tagger: the decomposer works from function
// words (which are few and fixed) and from verb forms (a list of common verbs
// with their inflections, plus the regular "-ed" / "-ing" endings). All
// lookups take a lower-cased word and are safe to call from several threads.
#pragma once

#include <cstdint>
#include <string_view>

namespace claimcheck::english {

// The form a word can take as a verb. `none` for words that are not verbs
// (or not known to be). A word like "share" is both a noun and a verb; the
// decomposer decides from its position.
enum class VerbForm {
  none,
  base,         // "agree", "share": infinitive or non-third-person present
  third_person, // "agrees", "shares"
  past,         // "agreed", "met": past tense or past participle
  gerund,       // "agreeing": present participle
};
VerbForm verb_form(std::string_view lower);
// A past tense that is no participle ("grew", "went", "sank"): it takes no
// auxiliary ("was grew"), unlike "built" or "worked".
bool is_simple_past_only(std::string_view lower);
// A verb whose past tense is its base form ("cut", "put", "set", "hit"):
// the form alone cannot tell present from past.
bool is_invariant_past(std::string_view lower);
// The simple past of the verb whose present participle is `lower`
// ("forming" -> "formed", "leaving" -> "left"), for the verbs the lexicon
// knows; empty for any other word.
std::string_view simple_past_of_gerund(std::string_view lower);

// "is", "has", "will", "could", "did" ...: verbs that form a verb group
// with the main verb that follows.
bool is_auxiliary(std::string_view lower);
// The form of a plural auxiliary (`lower`: "have", "are", "were") that
// agrees with one member of a coordinated subject, given as its one
// lower-cased word (empty for a phrase): "has" for a name, "have" for "I",
// "am" for "I" with "are", unchanged for "you".
std::string_view agreeing_auxiliary(std::string_view subject, std::string_view lower);
// Singular agreement for an auxiliary when a coordinated subject is split
// ("have" -> "has", "are" -> "is", "were" -> "was"); other words unchanged.
std::string_view singular_auxiliary(std::string_view lower);

bool is_determiner(std::string_view lower);   // "the", "a", "this", "both" ...
bool is_preposition(std::string_view lower);  // "in", "of", "with" ...
bool is_pronoun(std::string_view lower);      // "it", "they", "their" ...
bool is_adverb_of_degree_or_time(std::string_view lower);  // "long", "repeatedly" ...

// "However", "Moreover": a sentence-initial connective followed by a comma
// that adds no proposition of its own.
bool is_discourse_marker(std::string_view lower);
// Prepositions and subordinators that open a fronted time, place or
// circumstance phrase ("In 2019,", "During the war,", "After the vote,").
bool opens_frame(std::string_view lower);
// "Despite", "Although": opens a concession, which is not part of the claim.
bool opens_concession(std::string_view lower);

// Verbs that report speech or belief: "said", "believes", "argued" ...
bool is_attribution_verb(std::string_view lower);
// Verbs that take a non-person subject and report an inference:
// "suggest", "indicate", "show".
bool is_inference_verb(std::string_view lower);
// Cardinal numbers written as words: "two", "four", "twelve", "dozen".
bool is_cardinal_word(std::string_view lower);
// Words that make a capitalised name something other than a person:
// "University of Paris", "Gold Glove Awards", "Job Training Partnership Act".
bool names_no_person(std::string_view lower);
// A country's name, lower-cased and as commonly written ("iran", "north
// korea", "the united states" without its article: "united states"): no
// company, firm or club a later "the company" could mean.
bool is_country_name(std::string_view lower);
// Nouns for what only a person is: "lawyer", "daughter", "candidate" ...
// A name next to one ("His lawyer, Martin Oyelaran,") is a person's.
bool is_person_role(std::string_view lower);
// A word that weakens a claim: "may", "reportedly", "allegedly" ...
bool is_hedge(std::string_view lower);

// Predicates whose subject acts as a group, so "X and Y met" is one claim:
// "met", "merged", "discussed", "agreed", "share" ...
bool is_collective_predicate(std::string_view lower);
// Person titles that precede a name: "President", "leader", "Dr" ...
bool is_title(std::string_view lower);
// Head nouns of unnamed sources: "analysts", "critics", "officials" ...
bool is_vague_source(std::string_view lower);

// Words that say the sentence is judgement, not fact: "uncertain",
// "complex", "evolving" ... (used with a copula or "remain").
bool is_evaluative(std::string_view lower);


// Every class of a word at once, with one lookup: the decomposer asks many
// questions of each token and computes the answers once.
enum WordClass : std::uint32_t {
  k_is_auxiliary = 1u << 0,
  k_is_determiner = 1u << 2,
  k_is_preposition = 1u << 3,
  k_is_pronoun = 1u << 4,
  k_is_adverb_of_degree_or_time = 1u << 5,
  k_is_discourse_marker = 1u << 6,
  k_opens_frame = 1u << 7,
  k_opens_concession = 1u << 8,
  k_is_attribution_verb = 1u << 9,
  k_is_inference_verb = 1u << 10,
  k_is_hedge = 1u << 11,
  k_is_collective_predicate = 1u << 12,
  k_is_title = 1u << 13,
  k_is_vague_source = 1u << 14,
  k_is_evaluative = 1u << 16
};
// Narrower facts the decomposer's rules ask about a word. They are no
// WordClass: a word that has only these still counts as a plain word
// (`classes == 0`) wherever the rules test for one.
enum WordKind : std::uint64_t {
  k_ordinal = 1ull << 0,             // "first", "next", "latest": a noun follows ("His first commission")
  k_subordinator = 1ull << 1,        // "before", "when", "because": opens a clause of its own
  k_catenative_verb = 1ull << 2,     // "refused", "agreed", "plans": takes a to-infinitive ("refused to pay")
  k_owning_verb = 1ull << 3,         // "has", "owns", "runs", "sells": what a named firm does
  k_place_participle = 1ull << 4,    // "based", "located", "founded": says where something is
  k_weekday_or_month = 1ull << 5,    // "monday", "january" (as written lower-cased)
  k_honorific = 1ull << 6,           // "mr", "dr", "inspector", "councillor": stands before a surname
  k_title_opening_names = 1ull << 7, // "new", "former", "general", "saint": a title that also opens
                                     // place and firm names ("New South Wales", "General Motors")
  k_interrogative = 1ull << 8,       // "what", "why", "how", "whatever": opens a question or a
                                     // free relative ("What I want ..."), never a name
  k_inverting_speech_verb = 1ull << 9, // "said", "added", "wrote": may stand before its speaker
                                       // (", said Tomas Reyes"), unlike "told" or "found"
  k_speech_gerund = 1ull << 10,      // "adding", "saying", "warning": ", adding that P" reports P

  // Verbs, by what the rules do with them.
  k_not_participle = 1ull << 11,     // "including", "according", "based": opens a phrase, but is no
                                     // participle of the subject ("including X", "based in")
  k_past_as_base = 1ull << 12,       // "cut", "set", "reset": past as well as base form; in a list
                                     // after "closed", "reset" is past
  k_reported_participle = 1ull << 13, // "expected", "believed", "rumoured": "X is expected to ..."
                                      // reports an unnamed source's belief
  k_naming_verb = 1ull << 14,        // "called", "described", "dubbed": 'called it "a turnaround"'
  k_recommendation_verb = 1ull << 15, // "recommend", "urged", "proposes"
  k_belief_verb = 1ull << 16,        // "believe", "thought", "fear", "worried": an opinion, whoever holds it
  k_change_verb = 1ull << 17,        // "rose", "fell", "reached", "was": "X rose to 5%, up from 4%"
                                     // says X was 4%
  k_rarely_passive_verb = 1ull << 18, // "worked", "moved", "studied", "died": after "was born in X
                                      // and", an active verb with the subject, not a passive
  k_list_verb = 1ull << 19,          // "include", "comprised": the list after it names parts

  // Nouns that stand for named things.
  k_pair_group_noun = 1ull << 20,    // "countries", "firms", "sides": "both countries" can mean a
                                     // coordinated pair of names
  k_pair_person_noun = 1ull << 21,   // "leaders", "presidents": "the two leaders" are two persons
  k_organisation_group_noun = 1ull << 22, // "companies", "banks", "unions": a pair of organisations
  k_organisation_head = 1ull << 23,  // "union", "administration": ends a name that may hold "and"
                                     // ("the Food and Drug Administration")
  k_firm_name_end = 1ull << 24,      // "inc", "foods", "airways": ends a firm's name
  k_party_name_end = 1ull << 25,     // "party", "democrats", "greens": ends a party's name
  k_place_name_end = 1ull << 26,     // "reef", "river", "canal": ends a named place
  k_institution_noun = 1ull << 27,   // "museum", "bridge", "hospital": "the museum" may stand for a
                                     // name the document gave before ("the Tate Museum")
  k_organisation_noun = 1ull << 28,  // "company", "bank", "ministry", "city": "the X" can be an
                                     // organisation the document named
  k_business_noun = 1ull << 29,      // "company", "maker", "retailer": "the bicycle maker" is a firm
  k_document_noun = 1ull << 30,      // "report", "study", "filing": a source that can be looked up
  k_quantity_noun = 1ull << 31,      // "lot", "number", "majority": "a number of firms say" is plural
  k_time_unit = 1ull << 32,          // "years", "decade", "ago": "Two years ago," is a time
  k_irregular_plural = 1ull << 33,   // "people", "children", "bacteria": plural without an -s

  // Words of names and around names.
  k_abbreviated_title = 1ull << 34,  // "dr", "gen", "capt": the full stop after it belongs to a name
  k_name_particle = 1ull << 35,      // "de", "van", "bin", "al": lower-case inside a name
  k_joined_name_start = 1ull << 36,  // "bosnia", "trinidad", "procter": a name that holds "and"
  k_place_preposition = 1ull << 37,  // "in", "from", "outside": puts a name in a place ("born in X")
  k_distributive_preposition = 1ull << 38, // "on", "with", "against": its object is each of
                                           // "A and B" in turn (not "between", "of", "by")
  k_not_imperative = 1ull << 39,     // "inside", "unless", "today": opens a sentence without being
                                     // an instruction's verb
  k_result_participle = 1ull << 40,  // "ending", "killing", "forcing": ", ending X" may tell what an
                                     // event did rather than what the subject did
  k_lowercase_named_noun = 1ull << 41, // "drug", "species", "compound": a thing whose name is written
                                       // in lower case ("The drug, ferolastib, was")
  k_stance_word = 1ull << 42,         // "questioned", "remain", "wary", "divided": what a group thinks
                                      // of something ("Some investors remain wary")
  k_named_thing_noun = 1ull << 43,    // "probe", "league", "prize", "bill": heads the name of one
                                      // body, place, event or thing, so a later "the probe" may
                                      // stand for it (with the institution, organisation, place
                                      // and document nouns above); "point", "war", "world" may
                                      // end a name ("West Point") without "the point" meaning it
  k_speech_noun = 1ull << 44,         // "interview", "speech", "remarks": where words were said ("In
                                      // an interview on Tuesday, X said ...")
  k_hearsay_hedge = 1ull << 45        // "reportedly", "allegedly": the claim rests on unnamed others
};
struct WordInfo {
  std::uint32_t classes = 0;  // WordClass bits
  VerbForm form = VerbForm::none;
  bool cardinal = false;      // is_cardinal_word; not a class, so "plain word" tests stay as they were
  std::uint64_t kinds = 0;    // WordKind bits
};
WordInfo word_info(std::string_view lower);
// Whether `lower` has the WordKind `kind`: one probe of the lexicon's table.
inline bool has_kind(std::string_view lower, WordKind kind) { return (word_info(lower).kinds & kind) != 0; }

}  // namespace claimcheck::english
