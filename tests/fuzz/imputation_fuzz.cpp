// SPDX-License-Identifier: Apache-2.0
// Fuzz target for the budget parsers (budget.hpp): Imputation, NatureAccount, FunctionCode,
// FunctionalChapter, OperationCode and OperationCodePattern. Never crashes; checks invariants and
// traps on violation:
//  * an accepted imputation formats to a canonical form that parses back to an equal value,
//    whose chapter/section/function agree with each other and with the tables;
//  * a rejected input always carries a non-empty field and message, and its value is the input;
//  * standalone parts (nature, function, chapter, operation code) round-trip through code().
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <subvention/budget.hpp>

namespace {

namespace sv = subvention;

void check(bool ok) {
    if (!ok)
        __builtin_trap();
}

template <class T>
void check_error(const sv::Result<T>& r, std::string_view input) {
    if (r.ok())
        return;
    check(!r.error().field.empty());
    check(!r.error().message.empty());
    check(r.error().value == sv::excerpt(input)); // quoted, shortened past 256 bytes
}

void fuzz_imputation(std::string_view in) {
    const auto r = sv::Imputation::parse(in);
    check_error(r, in);
    if (!r.ok())
        return;
    const sv::Imputation& imp = *r;
    const std::string canon = imp.formatted();
    // Canonical form: digits, one '/', no blanks; the functional code is chapter + function tail.
    check(canon.find('/') == imp.nature().code().size());
    check(canon.find(' ') == std::string::npos);
    const auto again = sv::Imputation::parse(canon);
    check(again.ok());
    check(*again == imp);
    check(again->formatted() == canon);
    // Chapter, section and function agree.
    check(imp.chapter().digit() == imp.function().digit());
    check(imp.chapter().section() == imp.section());
    check((imp.chapter().code()[1] == '0') == (imp.section() == sv::Section::investissement));
    check(imp.function().level() >= 2 && imp.function().level() <= 3);
    check(imp.functional_code().substr(0, 3) == imp.chapter().code());
    check(imp.is_section_consistent() == (imp.nature_section() == imp.section()));
    check(imp.nature().section().has_value());
    if (imp.function().level() == 2)
        check(imp.function().is_known());
    if (const auto sub = imp.sub_chapter())
        check(sub->chapter == imp.chapter() && sub->code.substr(0, 3) == imp.chapter().code());
    // Rebuilding from parts gives the same value.
    const auto made = sv::Imputation::make(imp.nature(), imp.section(), imp.function());
    check(made.ok() && *made == imp);
}

template <class T>
void fuzz_part(std::string_view in) {
    const auto r = T::parse(in);
    check_error(r, in);
    if (!r.ok())
        return;
    const auto again = T::parse(r->code());
    check(again.ok() && *again == *r);
}

void fuzz_operation(std::string_view in) {
    const auto r = sv::OperationCode::parse(in);
    check_error(r, in);
    if (r.ok()) {
        check(r->code().size() == 10);
        check(sv::OperationCodePattern::pas_de_calais().matches(r->code()));
        const auto again = sv::OperationCode::parse(r->code());
        check(again.ok() && *again == *r);
    }
    // The input used as a pattern, then matched against itself and the seed code.
    const auto p = sv::OperationCodePattern::parse(in);
    check_error(p, in);
    if (p.ok()) {
        const auto seed = sv::OperationCode::parse("C01-020Q01", *p);
        if (seed.ok())
            check(p->matches("C01-020Q01"));
        check(p->length() <= 32);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const std::string_view in(bytes);
    fuzz_imputation(in);
    fuzz_part<sv::NatureAccount>(in);
    fuzz_part<sv::FunctionCode>(in);
    fuzz_part<sv::FunctionalChapter>(in);
    fuzz_operation(in);
    return 0;
}
