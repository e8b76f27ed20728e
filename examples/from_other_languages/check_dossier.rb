# Checks a dossier through libsubvention_c from Ruby (the ffi gem; Debian ruby-ffi).
# Usage: ruby check_dossier.rb /usr/lib/libsubvention_c.so.0 [dossier.json]
require "ffi"
require "json"

module Subvention
  extend FFI::Library
  ffi_lib ARGV[0]
  # Answers are :pointer, not :string: the gem would copy a string and lose what to release.
  attach_function :subvention_check, [:string, :string], :pointer
  attach_function :subvention_example, [:string], :pointer
  attach_function :subvention_free, [:pointer], :void

  def self.answer(pointer)
    JSON.parse(pointer.read_string.force_encoding(Encoding::UTF_8))
  ensure
    subvention_free(pointer)
  end

  def self.check(dossier_json, options = {})
    answer(subvention_check(dossier_json, JSON.generate(options)))
  end
end

dossier = ARGV[1] ? File.read(ARGV[1]) : JSON.generate(Subvention.answer(Subvention.subvention_example("apes-2023")))
report = Subvention.check(dossier, stage: "draft")
abort "dossier refusé : #{report["error"]["field"]} : #{report["error"]["message"]}" if report["error"]
report["diagnostics"].reject { |d| d["severity"] == "info" }.each do |d|
  puts "#{d["severity"]} #{d["rule"]} — #{d["message"]}"
end
puts JSON.generate(report["summary"])
