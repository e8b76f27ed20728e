# SPDX-License-Identifier: Apache-2.0
# The test of a program that is not installed (SubventionToolTests.cmake): fails naming it.
message(FATAL_ERROR "/usr/bin/${TOOL} is missing: install the Debian package ${PACKAGE} "
                    "(scripts/ensure-deps.sh --tests installs every tool the tests run)")
