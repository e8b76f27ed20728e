/* SPDX-License-Identifier: Apache-2.0 */
/* The C interface from C11: the APES dossier gets the command line's report byte for byte,
 * malformed and refused requests get error objects with their outcome, a null pointer is an
 * answer, and four threads checking at once get the same report.
 * Usage: c_api_test PATH-OF-THE-subvention-PROGRAM */
#define _POSIX_C_SOURCE 200809L /* popen, pclose */

#include <subvention/c/subvention.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

#define EXPECT(cond)                                                                           \
    do {                                                                                       \
        if (!(cond)) {                                                                         \
            fprintf(stderr, "%s:%d: échec : %s\n", __FILE__, __LINE__, #cond);                 \
            ++failures;                                                                        \
        }                                                                                      \
    } while (0)

/* The standard output of `command`, without its last newline; NULL on failure. */
static char* run(const char* command) {
    FILE* p = popen(command, "r");
    if (p == NULL)
        return NULL;
    size_t size = 0, capacity = 1 << 16;
    char* out = malloc(capacity);
    size_t n;
    while (out != NULL && (n = fread(out + size, 1, capacity - size - 1, p)) > 0) {
        size += n;
        if (capacity - size < 2) {
            char* bigger = realloc(out, capacity * 2);
            if (bigger == NULL) {
                free(out);
                out = NULL;
                break;
            }
            out = bigger;
            capacity *= 2;
        }
    }
    pclose(p);
    if (out == NULL)
        return NULL;
    if (size > 0 && out[size - 1] == '\n')
        --size;
    out[size] = '\0';
    return out;
}

struct job {
    const char* dossier;
    const char* expected;
    int same;
};

static void* check_in_thread(void* arg) {
    struct job* j = arg;
    j->same = 1;
    for (int i = 0; i < 5; ++i) {
        char* report = subvention_check(j->dossier, "{\"name\":\"apes-2023\"}");
        j->same = j->same && report != NULL && strcmp(report, j->expected) == 0 &&
                  subvention_last_outcome() == SUBVENTION_OK;
        subvention_free(report);
    }
    return NULL;
}

int main(int argc, char** argv) {
    if (argc != 2) {
        fprintf(stderr, "usage : c_api_test CHEMIN-DU-PROGRAMME-subvention\n");
        return 2;
    }
    char command[4096];

    EXPECT(strcmp(subvention_version(), "0.1.0") == 0);

    /* The seed: the same report as `subvention check --example apes-2023 --format json`. */
    char* dossier = subvention_example("apes-2023");
    EXPECT(dossier != NULL && subvention_last_outcome() == SUBVENTION_OK);
    snprintf(command, sizeof command, "'%s' check --example apes-2023 --format json", argv[1]);
    char* cli = run(command);
    EXPECT(cli != NULL && strstr(cli, "\"summary\"") != NULL);
    char* report = subvention_check(dossier, "{\"name\":\"apes-2023\"}");
    EXPECT(report != NULL && cli != NULL && strcmp(report, cli) == 0);
    EXPECT(subvention_last_outcome() == SUBVENTION_OK); /* a draft: warnings, no error */
    subvention_free(report);

    /* Options as the command line's: signed stage (errors), English. */
    snprintf(command, sizeof command,
             "'%s' check --example apes-2023 --format json --stage signed --lang en "
             "--disable VOTE-QUORUM --as-of 2023-03-20",
             argv[1]);
    char* cli_signed = run(command);
    report = subvention_check(dossier, "{\"name\":\"apes-2023\",\"stage\":\"signed\","
                                       "\"lang\":\"en\",\"disable\":[\"VOTE-QUORUM\"],"
                                       "\"as_of\":\"2023-03-20\"}");
    EXPECT(report != NULL && cli_signed != NULL && strcmp(report, cli_signed) == 0);
    EXPECT(subvention_last_outcome() == SUBVENTION_FINDINGS);
    subvention_free(report);
    free(cli_signed);

    /* Four threads at once. */
    struct job jobs[4];
    pthread_t threads[4];
    for (int i = 0; i < 4; ++i) {
        jobs[i].dossier = dossier;
        jobs[i].expected = cli != NULL ? cli : "";
        EXPECT(pthread_create(&threads[i], NULL, check_in_thread, &jobs[i]) == 0);
    }
    for (int i = 0; i < 4; ++i) {
        pthread_join(threads[i], NULL);
        EXPECT(jobs[i].same);
    }
    free(cli);

    /* Malformed JSON, a wrong type, an unknown option, an unknown rule, a null pointer. */
    report = subvention_check("{\"deliberation\": ", NULL);
    EXPECT(report != NULL && strstr(report, "{\"error\":{\"kind\":\"malformed\"") == report);
    EXPECT(subvention_last_outcome() == SUBVENTION_MALFORMED);
    subvention_free(report);
    report = subvention_check(dossier, "{\"stage\": 3}");
    EXPECT(report != NULL && strstr(report, "\"field\":\"options.stage\"") != NULL);
    EXPECT(subvention_last_outcome() == SUBVENTION_INVALID);
    subvention_free(report);
    report = subvention_check(dossier, "{\"stagee\": \"draft\"}");
    EXPECT(report != NULL && strstr(report, "\"field\":\"options.stagee\"") != NULL);
    EXPECT(subvention_last_outcome() == SUBVENTION_INVALID);
    subvention_free(report);
    report = subvention_check(dossier, "{\"rules\": [\"NO-SUCH-RULE\"]}");
    EXPECT(report != NULL && strstr(report, "\"value\":\"NO-SUCH-RULE\"") != NULL);
    EXPECT(subvention_last_outcome() == SUBVENTION_INVALID);
    subvention_free(report);
    report = subvention_check(NULL, NULL);
    EXPECT(report != NULL && strstr(report, "\"field\":\"dossier_json\"") != NULL);
    EXPECT(subvention_last_outcome() == SUBVENTION_MALFORMED);
    subvention_free(report);
    subvention_free(NULL);
    free(dossier);

    /* Identifiers, a deadline, holidays, the catalogue. */
    report = subvention_validate_ids("siret", "[\"44067202000037\", \"44067202000038\"]");
    EXPECT(report != NULL && strstr(report, "\"compact\":\"44067202000037\"") != NULL &&
           strstr(report, "\"error\":\"checksum\"") != NULL);
    EXPECT(subvention_last_outcome() == SUBVENTION_FINDINGS);
    subvention_free(report);
    report = subvention_deadline("{\"from\":\"2024-03-20\",\"months\":3}");
    EXPECT(report != NULL && strstr(report, "\"effective\":\"2024-06-20\"") != NULL);
    subvention_free(report);
    report = subvention_holidays("{\"year\":2024,\"territory\":\"alsace-moselle\"}");
    EXPECT(report != NULL && strstr(report, "2024-12-26") != NULL);
    subvention_free(report);
    report = subvention_rules(NULL);
    EXPECT(report != NULL && strstr(report, "\"rule\":\"VOTE-QUORUM\"") != NULL);
    subvention_free(report);

    if (failures != 0) {
        fprintf(stderr, "c_api_test : %d échec(s)\n", failures);
        return 1;
    }
    printf("c_api_test : tout est conforme\n");
    return 0;
}
