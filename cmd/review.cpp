// claimcheck review CLAIMS_FILE ID --verdict V ...   (set or update one review)
// claimcheck review CLAIMS_FILE ID --clear --yes     (remove one)
// claimcheck review CLAIMS_FILE --interactive        (walk through unreviewed claims)
#include <fcntl.h>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>

#include "base/error.h"
#include "base/file_io.h"
#include "claims/claims_reader.h"
#include "claims/review_edit.h"
#include "cli.h"
#include "command.h"

namespace claimcheck::cli {

namespace fs = std::filesystem;

namespace {

std::string join(const std::vector<std::string>& words, const char* separator) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : separator) + word;
  return out;
}

// `git config user.name` as seen from `directory` (so a repository's own
// setting wins), or "" if git is missing, fails or has no name configured.
std::string git_user_name(const std::string& directory) {
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) return {};
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    return {};
  }
  if (pid == 0) {
    const int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, 0);
    ::dup2(pipe_fds[1], 1);
    ::dup2(null, 2);
    ::execlp("git", "git", "-C", directory.c_str(), "config", "user.name",
             static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(pipe_fds[1]);
  std::string name;
  char buffer[256];
  for (;;) {
    const ssize_t got = ::read(pipe_fds[0], buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    name.append(buffer, static_cast<std::size_t>(got));
  }
  ::close(pipe_fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return {};
  while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) name.pop_back();
  return name;
}

// --reviewer, else git's user.name, else the login name; "" if all fail
// (the review then names no reviewer rather than refusing the work).
std::string default_reviewer(const std::string& claims_path) {
  const fs::path parent = fs::path(claims_path).parent_path();
  if (std::string name = git_user_name(parent.empty() ? "." : parent.string()); !name.empty()) {
    return name;
  }
  if (const char* user = std::getenv("USER"); user && *user) return user;
  if (const passwd* entry = ::getpwuid(::getuid()); entry && entry->pw_name) return entry->pw_name;
  return {};
}

std::optional<double> parse_confidence(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const double value = std::strtod(text.c_str(), &end);
  if (*end != '\0' || errno != 0 || !std::isfinite(value) || value < 0 || value > 1) {
    return std::nullopt;
  }
  return value;
}

Verdict verdict_or_throw(const std::string& text) {
  if (const auto verdict = parse_verdict(text)) return *verdict;
  throw UsageError("unknown verdict '" + text + "'; expected one of: " +
                   join(verdict_names(), ", "));
}

double confidence_or_throw(const std::string& text) {
  if (const auto confidence = parse_confidence(text)) return *confidence;
  throw UsageError("--confidence must be a number from 0 to 1 (0.9, not 90), got '" + text + "'");
}

Stance stance_or_throw(const std::string& text) {
  if (const auto stance = parse_stance(text)) return *stance;
  throw UsageError("unknown stance '" + text + "'; expected one of: supports, refutes, context");
}

// Groups --source URL with the --title/--publisher/--quote/--stance options
// that follow it, in command-line order (a variables_map loses the order).
std::vector<SourceUpdate> grouped_sources(const po::parsed_options& parsed) {
  std::vector<SourceUpdate> sources;
  for (const po::option& option : parsed.options) {
    const std::string& key = option.string_key;
    if (key != "source" && key != "title" && key != "publisher" && key != "quote" &&
        key != "stance") {
      continue;
    }
    const std::string value = option.value.empty() ? std::string() : option.value.front();
    if (key == "source") {
      if (value.empty()) throw UsageError("--source needs a URL; got an empty one");
      sources.push_back(SourceUpdate{value, {}, {}, {}, {}});
      continue;
    }
    if (sources.empty()) throw UsageError("--" + key + " must follow the --source it describes");
    SourceUpdate& source = sources.back();
    auto set_once = [&](std::optional<std::string>& field) {
      if (field) throw UsageError("--" + key + " given twice for --source " + source.url);
      field = value;
    };
    if (key == "title") set_once(source.title);
    if (key == "publisher") set_once(source.publisher);
    if (key == "quote") set_once(source.quote);
    if (key == "stance") {
      if (source.stance) throw UsageError("--stance given twice for --source " + source.url);
      source.stance = stance_or_throw(value);
    }
  }
  return sources;
}

[[noreturn]] void throw_unknown_id(const std::string& path, const ClaimsFile& file,
                                   const std::string& id) {
  std::string message = "no claim with id '" + id + "'";
  if (const auto close = closest_claim_ids(file, id); !close.empty()) {
    message += "; did you mean " + join(close, ", ") + "?";
  } else {
    message += "; 'claimcheck list " + path + "' shows the ids";
  }
  throw InputError(path, message);
}

std::string describe(const Review& review) {
  std::string out = review.verdict ? verdict_name(*review.verdict) : "no verdict";
  if (review.confidence) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", *review.confidence);
    out += std::string(", confidence ") + buffer;
  }
  out += ", " + std::to_string(review.sources.size()) +
         (review.sources.size() == 1 ? " source" : " sources");
  return out;
}

// ---- interactive -----------------------------------------------------------

class InteractiveSession {
 public:
  InteractiveSession(std::string path, std::string reviewer, std::string today)
      : path_(std::move(path)), reviewer_(std::move(reviewer)), today_(std::move(today)) {}

  int run() {
    const ClaimsFile file = read_claims_file(path_, read_file(path_));
    const std::optional<std::string> document = read_unchanged_document(path_, file.document);
    std::vector<const Claim*> queue;
    for (const Claim& claim : file.claims) {
      if (claim.checkworthy && has_status(claim, false, ClaimStatus::unreviewed)) {
        queue.push_back(&claim);
      }
    }
    if (queue.empty()) {
      std::cout << path_ << ": every check-worthy claim has a verdict; nothing to review.\n";
      return kExitOk;
    }
    std::cout << path_ << ": " << queue.size() << " unreviewed check-worthy claim"
              << (queue.size() == 1 ? "" : "s")
              << ". Each answer is saved as you give it. Type s to skip a claim, q to quit.\n";
    if (!document) {
      std::cout << "(" << file.document.path
                << " is missing or changed since extraction: no context shown)\n";
    }
    for (std::size_t i = 0; i < queue.size(); ++i) {
      const Claim& claim = *queue[i];
      show_claim(claim, i + 1, queue.size(), document);
      if (review_claim(claim.id) == Outcome::quit) break;
    }
    std::cout << "\nReviewed " << saved_ids_.size() << " of " << queue.size() << " claim"
              << (queue.size() == 1 ? "" : "s") << "; answers saved to " << path_ << ".\n";
    return kExitOk;
  }

 private:
  enum class Outcome { reviewed, skipped, quit };
  struct Quit {};  // thrown by ask() on "q" or end of input

  void show_claim(const Claim& claim, std::size_t number, std::size_t total,
                  const std::optional<std::string>& document) {
    std::cout << "\n[" << number << "/" << total << "] " << claim.id << ", line " << claim.line
              << ", column " << claim.column;
    if (!claim.section.empty()) std::cout << ", section \"" << claim.section << "\"";
    std::cout << "\n  claim:   " << claim.text << "\n";
    if (document) {
      std::cout << "  context: " << context_line(claim_context(*document, claim)) << "\n";
    }
  }

  // Prints the prompt and reads one line. "q" or end of input quits.
  std::string ask(const std::string& prompt) {
    std::cout << prompt << std::flush;
    std::string line;
    if (!std::getline(std::cin, line)) {
      std::cout << '\n';
      throw Quit{};
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    line = first == std::string::npos ? "" : line.substr(first, line.find_last_not_of(" \t") + 1 - first);
    if (line == "q") throw Quit{};
    return line;
  }

  void save(const std::string& id, const ReviewUpdate& update) {
    update_claims_file(path_, [&](ClaimsFile& file) {
      Claim* claim = find_claim(file, id);
      if (!claim) throw InputError(path_, "claim " + id + " is no longer in the file");
      apply_review_update(*claim, update);
    });
    saved_ids_.insert(id);
  }

  ReviewUpdate stamped() const {
    ReviewUpdate update;
    update.reviewer = reviewer_;
    update.today = today_;
    return update;
  }

  Outcome review_claim(const std::string& id) {
    try {
      ReviewUpdate verdict = stamped();
      for (;;) {
        const std::string answer = ask("verdict (" + join(verdict_names(), ", ") + "; s = skip): ");
        if (answer == "s") return Outcome::skipped;
        if ((verdict.verdict = parse_verdict(answer))) break;
        std::cout << "  '" << answer << "' is not a verdict.\n";
      }
      save(id, verdict);

      for (;;) {
        const std::string answer = ask("confidence (0 to 1; empty = none): ");
        if (answer.empty()) break;
        if (const auto confidence = parse_confidence(answer)) {
          ReviewUpdate update = stamped();
          update.confidence = confidence;
          save(id, update);
          break;
        }
        std::cout << "  a confidence is a number from 0 to 1, like 0.9.\n";
      }

      for (;;) {
        const std::string url = ask("source URL (empty = no more sources): ");
        if (url.empty()) break;
        SourceUpdate source{url, {}, {}, {}, {}};
        if (std::string title = ask("  title (empty = none): "); !title.empty()) {
          source.title = title;
        }
        for (;;) {
          const std::string stance = ask("  stance (supports, refutes, context; empty = none): ");
          if (stance.empty()) break;
          if ((source.stance = parse_stance(stance))) break;
          std::cout << "  '" << stance << "' is not a stance.\n";
        }
        ReviewUpdate update = stamped();
        update.sources.push_back(std::move(source));
        save(id, update);
      }

      if (std::string note = ask("note (empty = none): "); !note.empty()) {
        ReviewUpdate update = stamped();
        update.note = note;
        save(id, update);
      }
      std::cout << "saved " << id << ".\n";
      return Outcome::reviewed;
    } catch (const Quit&) {
      return Outcome::quit;
    }
  }

  std::string path_;
  std::string reviewer_;
  std::string today_;
  std::set<std::string> saved_ids_;  // claims with at least one saved answer
};

}  // namespace

int run_review(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("verdict", po::value<std::string>()->value_name("V"),
       "the verdict: true, mostly-true, mixed, mostly-false, false, misleading, unproven, "
       "outdated or opinion")
      ("confidence", po::value<std::string>()->value_name("C"),
       "confidence in the verdict, from 0 to 1")
      ("source", po::value<std::vector<std::string>>()->value_name("URL"),
       "add a source (or update the one with this URL); repeatable. The --title, --publisher, "
       "--quote and --stance after it describe it")
      ("title", po::value<std::vector<std::string>>()->value_name("T"), "the source's title")
      ("publisher", po::value<std::vector<std::string>>()->value_name("P"),
       "the source's publisher")
      ("quote", po::value<std::vector<std::string>>()->value_name("Q"),
       "the passage of the source that bears on the claim")
      ("stance", po::value<std::vector<std::string>>()->value_name("S"),
       "how the source bears on the claim: supports, refutes or context")
      ("reviewer", po::value<std::string>()->value_name("NAME"),
       "who reviewed (default: git config user.name, else $USER)")
      ("note", po::value<std::string>()->value_name("TEXT"), "free-form remarks")
      ("clear", po::bool_switch(), "remove the claim's review (needs --yes)")
      ("yes", po::bool_switch(), "confirm --clear")
      ("interactive,i", po::bool_switch(),
       "walk through the unreviewed check-worthy claims, asking for each review");
  po::options_description hidden;
  hidden.add_options()
      ("claims-file", po::value<std::string>(), "")
      ("id", po::value<std::string>(), "")
      ("extra", po::value<std::vector<std::string>>(), "");
  po::positional_options_description positional;
  positional.add("claims-file", 1).add("id", 1).add("extra", -1);
  po::variables_map vm;
  const std::string usage =
      "review CLAIMS_FILE ID [--verdict V] [--confidence C] [--source URL [--title T] "
      "[--publisher P] [--quote Q] [--stance S]]... [--reviewer NAME] [--note TEXT]\n"
      "       claimcheck review CLAIMS_FILE ID --clear --yes\n"
      "       claimcheck review CLAIMS_FILE --interactive [--reviewer NAME]";
  if (!parse_arguments(args, usage,
                       "Sets or updates the review of claim ID: fields not given keep their old "
                       "value; the reviewer\nand the date (today, UTC, or SOURCE_DATE_EPOCH) are "
                       "recorded. Safe to run concurrently:\nwrites are locked and atomic.",
                       options, hidden, positional, vm)) {
    return kExitOk;
  }
  if (!vm.count("claims-file")) throw UsageError("no claims file given");
  if (vm.count("extra")) {
    throw UsageError("unexpected argument '" + vm["extra"].as<std::vector<std::string>>().front() +
                     "'; quote values with spaces");
  }
  const std::string path = vm["claims-file"].as<std::string>();

  po::options_description all;
  all.add(options).add(hidden);
  all.add_options()("help,h", "");
  const std::vector<SourceUpdate> sources =
      grouped_sources(po::command_line_parser(args).options(all).positional(positional).run());

  const bool has_fields = vm.count("verdict") || vm.count("confidence") || !sources.empty() ||
                          vm.count("note");
  const std::string today = utc_date(current_time());

  if (vm["interactive"].as<bool>()) {
    if (vm.count("id")) throw UsageError("--interactive takes no ID: it asks about each claim");
    if (has_fields || vm["clear"].as<bool>()) {
      throw UsageError("--interactive asks for the review; give no other review options");
    }
    const std::string reviewer =
        vm.count("reviewer") ? vm["reviewer"].as<std::string>() : default_reviewer(path);
    return InteractiveSession(path, reviewer, today).run();
  }

  if (!vm.count("id")) throw UsageError("no claim ID given (or use --interactive)");
  const std::string id = vm["id"].as<std::string>();

  if (vm["clear"].as<bool>()) {
    if (has_fields || vm.count("reviewer")) {
      throw UsageError("--clear removes the whole review; give no other review options");
    }
    if (!vm["yes"].as<bool>()) {
      throw UsageError("--clear removes the review of " + id + " for good; add --yes to confirm");
    }
    bool removed = false;
    update_claims_file(path, [&](ClaimsFile& file) {
      Claim* claim = find_claim(file, id);
      if (!claim) throw_unknown_id(path, file, id);
      removed = clear_review(*claim);
    });
    std::cerr << path << ": " << id << (removed ? ": review removed\n" : ": had no review\n");
    return kExitOk;
  }

  if (!has_fields) {
    throw UsageError("nothing to record: give --verdict, --confidence, --source or --note");
  }
  ReviewUpdate update;
  if (vm.count("verdict")) update.verdict = verdict_or_throw(vm["verdict"].as<std::string>());
  if (vm.count("confidence")) {
    update.confidence = confidence_or_throw(vm["confidence"].as<std::string>());
  }
  update.sources = sources;
  if (vm.count("note")) update.note = vm["note"].as<std::string>();
  update.today = today;
  update.reviewer =
      vm.count("reviewer") ? vm["reviewer"].as<std::string>() : default_reviewer(path);

  bool created = false;
  std::string summary;
  update_claims_file(path, [&](ClaimsFile& file) {
    Claim* claim = find_claim(file, id);
    if (!claim) throw_unknown_id(path, file, id);
    created = !claim->review;
    apply_review_update(*claim, update);
    summary = describe(*claim->review);
  });
  std::cerr << path << ": " << id << (created ? ": review added (" : ": review updated (")
            << summary << ")\n";
  return kExitOk;
}

}  // namespace claimcheck::cli
