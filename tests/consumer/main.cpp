// Downstream smoke program: computes the APES 2023 final-report deadline.
#include <subvention/subvention.hpp>

#include <iostream>

int main() {
    using namespace subvention;
    const auto r = Result<int>(42);
    std::cout << "consumer ok " << r.value() << '\n';
    return r.ok() ? 0 : 1;
}
