// SPDX-License-Identifier: Apache-2.0
// A failure inside a document extractor (memory exhausted) propagates out of text::extract:
// the extraction never returns a dossier that silently lacks the document it could not read.
//
// This executable replaces the global operator new so that, while armed, any allocation of
// 64 KiB or more throws std::bad_alloc: a convention whose one sentence spans 120 kB of short
// lines makes the convention extractor (which joins the sentence's lines) the first to ask for
// that much. Not built under AddressSanitizer, which owns operator new.
#include <cstddef>
#include <cstdlib>
#include <new>
#include <string>

#include <gtest/gtest.h>

#include <subvention/text/extract.hpp>

#include "support/sanitizer.hpp"

#ifndef SUBVENTION_TEST_ASAN
namespace {
bool armed = false;
constexpr std::size_t kLimit = 64 * 1024;
} // namespace

void* operator new(std::size_t n) {
    if (armed && n >= kLimit)
        throw std::bad_alloc();
    if (void* p = std::malloc(n == 0 ? 1 : n))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
#endif

namespace {

#ifndef SUBVENTION_TEST_ASAN
/// A convention with one sentence of about 120 kB over 300 lines.
std::string long_convention() {
    std::string t = "CONVENTION\nArticle 1 : Objet\nLe bénéficiaire s'engage à mener";
    for (int i = 0; i < 300; ++i) {
        t += '\n';
        for (int k = 0; k < 40; ++k)
            t += "des actions ";
    }
    t += "conformément à l\u2019article 2.\nArticle 2 : Actions\nLes actions sont décrites.\n";
    return t;
}
#endif

TEST(ExtractFailure, MemoryExhaustedInTheConventionPropagates) {
#ifdef SUBVENTION_TEST_ASAN
    GTEST_SKIP() << "AddressSanitizer owns operator new";
#else
    const std::string text = long_convention();
    const auto unlimited = subvention::text::extract(text);
    ASSERT_TRUE(unlimited.dossier.convention); // the text itself is a readable convention
    armed = true;
    bool threw = false;
    try {
        const auto x = subvention::text::extract(text);
        armed = false;
        EXPECT_TRUE(x.dossier.convention) << "the convention was dropped without an exception";
    } catch (const std::bad_alloc&) {
        threw = true;
    }
    armed = false;
    EXPECT_TRUE(threw) << "std::bad_alloc did not propagate out of text::extract";
#endif
}

} // namespace
