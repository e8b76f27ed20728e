<?php
// SPDX-License-Identifier: Apache-2.0
// The C interface from PHP 8.2 (FFI): the APES dossier gets the command line's report,
// malformed JSON an error object.
// Usage: php -d ffi.enable=1 c_api_test.php PATH-OF-libsubvention_c.so PATH-OF-THE-subvention-PROGRAM
[$script, $libPath, $cli] = $argv;
$ffi = FFI::cdef(<<<'C'
    const char* subvention_version(void);
    int subvention_last_outcome(void);
    char* subvention_check(const char* dossier_json, const char* options_json);
    char* subvention_example(const char* name);
    void subvention_free(char* json);
C, $libPath);

// An answer's text, the C string released, and its outcome.
function raw(FFI $ffi, string $function, ?string ...$args): array {
    $pointer = $ffi->$function(...$args);
    $text = FFI::string($pointer);
    $ffi->subvention_free($pointer);
    return [$text, $ffi->subvention_last_outcome()];
}

// An answer as a PHP array, and its outcome.
function call(FFI $ffi, string $function, ?string ...$args): array {
    [$text, $outcome] = raw($ffi, $function, ...$args);
    return [json_decode($text, true, 512, JSON_THROW_ON_ERROR), $outcome];
}

$failures = [];
$expect = function (bool $condition, string $what) use (&$failures) {
    if (!$condition) {
        $failures[] = $what;
    }
};

$expect($ffi->subvention_version() === '0.1.0', 'version');
// The dossier's text as the library wrote it (PHP would turn an empty object into a list).
[$dossier, $outcome] = raw($ffi, 'subvention_example', 'apes-2023');
$expect($outcome === 0, 'example');
[$report, $outcome] = call($ffi, 'subvention_check', $dossier, '{"name":"apes-2023","stage":"signed"}');
$expected = json_decode(shell_exec(escapeshellarg($cli) . ' check --example apes-2023 --format json --stage signed'), true);
$expect($report === $expected, 'same report as the command line');
$expect($outcome === 1 && $report['summary']['error'] > 0, 'a non-compliant dossier');
[$error, $outcome] = call($ffi, 'subvention_check', '{"deliberation": ', null);
$expect($outcome === 2 && $error['error']['kind'] === 'malformed', 'malformed JSON');

if ($failures) {
    fwrite(STDERR, 'c_api_test.php : échecs : ' . implode(', ', $failures) . "\n");
    exit(1);
}
echo "c_api_test.php : tout est conforme\n";
