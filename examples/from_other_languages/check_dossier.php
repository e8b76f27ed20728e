<?php
// Checks a dossier through libsubvention_c from PHP 8.2 (FFI; php -d ffi.enable=1).
// Usage: php check_dossier.php /usr/lib/libsubvention_c.so.0 [dossier.json]
$ffi = FFI::cdef('
    char* subvention_check(const char* dossier_json, const char* options_json);
    char* subvention_example(const char* name);
    void subvention_free(char* json);', $argv[1]);

function answer(FFI $ffi, FFI\CData $pointer): string {
    $json = FFI::string($pointer);
    $ffi->subvention_free($pointer);
    return $json;
}

$dossier = isset($argv[2]) ? file_get_contents($argv[2])
                           : answer($ffi, $ffi->subvention_example('apes-2023'));
$report = json_decode(answer($ffi, $ffi->subvention_check($dossier, '{"stage":"draft"}')), true);
if (isset($report['error'])) {
    fwrite(STDERR, "dossier refusé : {$report['error']['field']} : {$report['error']['message']}\n");
    exit(2);
}
foreach ($report['diagnostics'] as $d) {
    if ($d['severity'] !== 'info') {
        echo "{$d['severity']} {$d['rule']} — {$d['message']}\n";
    }
}
echo json_encode($report['summary']), "\n";
