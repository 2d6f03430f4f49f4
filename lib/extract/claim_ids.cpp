#include "extract/claim_ids.h"

#include <array>

#include "base/sha256.h"

namespace claimcheck {

namespace {

// Per byte: its lower-case form, or 0 for white space (the C locale's: space
// and \t..\r). NUL is not white space and maps to itself, which the fold
// below handles by testing the class, not the value.
struct ByteClasses {
  std::array<unsigned char, 256> lower{};
  std::array<bool, 256> space{};
  constexpr ByteClasses() {
    for (int c = 0; c < 256; ++c) {
      lower[static_cast<std::size_t>(c)] =
          static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      space[static_cast<std::size_t>(c)] = c == ' ' || (c >= '\t' && c <= '\r');
    }
  }
};
constexpr ByteClasses kBytes;

// normalise_claim_text into `out` (cleared first), in one pass: the same
// result as fold_white_space followed by lower-casing, without the
// intermediate string (this runs on every claim).
void normalise_into(std::string& out, std::string_view text) {
  out.resize(text.size());  // the result is never longer than the text
  char* const begin = out.data();
  char* at = begin;
  bool pending_space = false;
  for (const char ch : text) {
    const auto byte = static_cast<unsigned char>(ch);
    if (kBytes.space[byte]) {
      pending_space = at != begin;
      continue;
    }
    if (pending_space) *at++ = ' ';
    pending_space = false;
    *at++ = static_cast<char>(kBytes.lower[byte]);
  }
  out.resize(static_cast<std::size_t>(at - begin));
}

std::uint32_t id_number(const std::array<unsigned char, 32>& digest) {
  return (std::uint32_t{digest[0]} << 24) | (std::uint32_t{digest[1]} << 16) | (std::uint32_t{digest[2]} << 8) |
         std::uint32_t{digest[3]};
}

std::string id_text(std::uint32_t number) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id = "c-00000000";
  for (int i = 9; i >= 2; --i, number >>= 4) id[static_cast<std::size_t>(i)] = kHex[number & 0xf];
  return id;
}

// Slot to start probing at. Reserved ids can be anything a person typed
// ("c-00000001", "c-00000002", ...), so the bits are mixed first.
std::size_t home_slot(std::uint64_t key, std::size_t mask) {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}

// Tables are kept at most half full, so probes stay short.
bool needs_growth(std::size_t count, std::size_t capacity) { return 2 * (count + 1) > capacity; }

}  // namespace

std::string normalise_claim_text(std::string_view text) {
  std::string out;
  normalise_into(out, text);
  return out;
}

bool ClaimIdAllocator::insert_used(std::uint32_t number) {
  if (needs_growth(used_count_, used_.size())) {
    std::vector<std::uint64_t> old = std::move(used_);
    used_.assign(old.empty() ? 1024 : 2 * old.size(), 0);
    const std::size_t mask = used_.size() - 1;
    for (const std::uint64_t slot : old) {
      if (slot == 0) continue;
      std::size_t i = home_slot(slot, mask);
      while (used_[i] != 0) i = (i + 1) & mask;
      used_[i] = slot;
    }
  }
  const std::uint64_t stored = std::uint64_t{number} + (std::uint64_t{1} << 32);
  const std::size_t mask = used_.size() - 1;
  for (std::size_t i = home_slot(stored, mask);; i = (i + 1) & mask) {
    if (used_[i] == stored) return false;
    if (used_[i] == 0) {
      used_[i] = stored;
      ++used_count_;
      return true;
    }
  }
}

std::uint32_t& ClaimIdAllocator::next_occurrence(std::uint64_t text_key) {
  if (needs_growth(text_count_, text_keys_.size())) {
    std::vector<std::uint64_t> old_keys = std::move(text_keys_);
    std::vector<std::uint32_t> old_next = std::move(next_occurrences_);
    const std::size_t capacity = old_keys.empty() ? 1024 : 2 * old_keys.size();
    text_keys_.assign(capacity, 0);
    next_occurrences_.assign(capacity, 0);
    const std::size_t mask = capacity - 1;
    for (std::size_t j = 0; j < old_keys.size(); ++j) {
      if (old_next[j] == 0) continue;
      std::size_t i = home_slot(old_keys[j], mask);
      while (next_occurrences_[i] != 0) i = (i + 1) & mask;
      text_keys_[i] = old_keys[j];
      next_occurrences_[i] = old_next[j];
    }
  }
  const std::size_t mask = text_keys_.size() - 1;
  for (std::size_t i = home_slot(text_key, mask);; i = (i + 1) & mask) {
    if (next_occurrences_[i] == 0) {
      text_keys_[i] = text_key;
      next_occurrences_[i] = 1;
      ++text_count_;
      return next_occurrences_[i];
    }
    if (text_keys_[i] == text_key) return next_occurrences_[i];
  }
}

void ClaimIdAllocator::reserve(std::string_view id) {
  if (id.size() != 10 || !id.starts_with("c-")) return;
  std::uint32_t number = 0;
  for (char c : id.substr(2)) {
    const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0) return;
    number = (number << 4) | static_cast<std::uint32_t>(digit);
  }
  insert_used(number);
}

std::string ClaimIdAllocator::allocate(std::string_view claim_text) {
  normalise_into(normalised_, claim_text);
  const std::array<unsigned char, 32> first = sha256_digest(normalised_);
  std::uint64_t text_key = 0;
  for (int i = 0; i < 8; ++i) text_key = (text_key << 8) | first[static_cast<std::size_t>(i)];
  // A slot of next_occurrence stays valid until the table grows, which only
  // the lookup itself does.
  std::uint32_t& next = next_occurrence(text_key);
  const std::size_t length = normalised_.size();
  for (std::uint32_t occurrence = next;; ++occurrence) {
    std::uint32_t number = 0;
    if (occurrence == 1) {
      number = id_number(first);
    } else {
      // The k-th repeat hashes "<text>\n#<k>", built in the same buffer.
      normalised_.resize(length);
      normalised_ += "\n#";
      normalised_ += std::to_string(occurrence);
      number = id_number(sha256_digest(normalised_));
    }
    if (insert_used(number)) {
      next = occurrence + 1;
      return id_text(number);
    }
  }
}

}  // namespace claimcheck
