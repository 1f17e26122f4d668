function __pks_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __pks_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __pks_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __pks_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __pks_parse_tokens -S
    set -l unparsed_tokens (__pks_tokens -pc)
    switch $unparsed_tokens[1]
    case 'pks'
        __pks_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'run'
            __pks_parse_subcommand -r 1 'db=' 'user=' 'no-color' 'quiet' 'no-pager' 'lang=' 'keep-going' 'single-transaction' 'echo' 'dry-run' 'var=+' 'version' 'h/help'
        case 'demo'
            __pks_parse_subcommand 1 'db=' 'user=' 'no-color' 'quiet' 'no-pager' 'lang=' 'keep-going' 'single-transaction' 'echo' 'dry-run' 'var=+' 'keep' 'no-shell' 'version' 'h/help'
        case 'init'
            __pks_parse_subcommand 0 'db=' 'user=' 'no-color' 'quiet' 'no-pager' 'lang=' 'admin=' 'name=' 'password-cost=' 'trust-client-clock' 'version' 'h/help'
        case 'migrate'
            __pks_parse_subcommand 0 'db=' 'user=' 'no-color' 'quiet' 'no-pager' 'lang=' 'version' 'h/help'
        case 'help'
            __pks_parse_subcommand -r 1 'version'
        end
    end
end

function __pks_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __pks_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __pks_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __pks_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__pks_tokens -p)
    if test -z "$(__pks_tokens -t)"
        set -l index (count (__pks_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'pks' -f
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks" version' -l 'version' -d 'Show the version.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'pks' -n '__pks_should_offer_completions_for_positional "pks" -eq 1' -fa 'run' -d 'Run script files, in order, in one session; stop at the first failed command.'
complete -c 'pks' -n '__pks_should_offer_completions_for_positional "pks" -eq 1' -fa 'demo' -d 'Teaching mode: show each command (and its comment lines as narration), wait for Enter, run it.'
complete -c 'pks' -n '__pks_should_offer_completions_for_positional "pks" -eq 1' -fa 'init' -d 'Create the database (if missing) and its first administrator, whose rights have no end date.'
complete -c 'pks' -n '__pks_should_offer_completions_for_positional "pks" -eq 1' -fa 'migrate' -d 'Apply the schema versions the database lacks (on PostgreSQL: as the database\'s owner).'
complete -c 'pks' -n '__pks_should_offer_completions_for_positional "pks" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks run" db' -l 'db' -d 'The database: a SQLite file, or a PostgreSQL server as postgresql://[LOGIN@][HOST][:PORT]/DBNAME[?…]; else $PKS_DB; else $XDG_DATA_HOME/pks/pks.sqlite.' -rfka ''
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks run" user' -l 'user' -d 'Log in before the first command; else $PKS_USER.' -rfka ''
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks run" no-color' -l 'no-color' -d 'No ANSI colours (also when NO_COLOR is set or output is not a terminal).'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks run" quiet' -l 'quiet' -d 'No banner and no informational chatter: results and errors only.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks run" no-pager' -l 'no-pager' -d 'Print long listings straight to the terminal; else, at a terminal, one longer than the screen goes through $PKS_PAGER, else $PAGER, else less -FRX.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks run" lang' -l 'lang' -d 'Language of messages: lv (latviešu) or en (English); else $PKS_LANG; else Latvian when LANG starts with lv.' -rfka 'lv en'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks run" keep-going' -l 'keep-going' -d 'Report failed commands and go on; a summary at the end counts what ran, failed and warned.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks run" single-transaction' -l 'single-transaction' -d 'All or nothing: if any command fails, nothing the script did is kept, exported files included.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks run" echo' -l 'echo' -d 'Print each command with the prompt before its output.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks run" dry-run' -l 'dry-run' -d 'Run and report everything, then keep nothing (exports are written, then removed).'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks run"' -l 'var' -d 'Define a script variable $NAME (repeatable).' -rfka ''
complete -c 'pks' -n '__pks_should_offer_completions_for_positional "pks run" -ge 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'pks\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks run" version' -l 'version' -d 'Show the version.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks run" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" db' -l 'db' -d 'The database: a SQLite file, or a PostgreSQL server as postgresql://[LOGIN@][HOST][:PORT]/DBNAME[?…]; else $PKS_DB; else $XDG_DATA_HOME/pks/pks.sqlite.' -rfka ''
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" user' -l 'user' -d 'Log in before the first command; else $PKS_USER.' -rfka ''
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" no-color' -l 'no-color' -d 'No ANSI colours (also when NO_COLOR is set or output is not a terminal).'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" quiet' -l 'quiet' -d 'No banner and no informational chatter: results and errors only.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" no-pager' -l 'no-pager' -d 'Print long listings straight to the terminal; else, at a terminal, one longer than the screen goes through $PKS_PAGER, else $PAGER, else less -FRX.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" lang' -l 'lang' -d 'Language of messages: lv (latviešu) or en (English); else $PKS_LANG; else Latvian when LANG starts with lv.' -rfka 'lv en'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" keep-going' -l 'keep-going' -d 'Report failed commands and go on; a summary at the end counts what ran, failed and warned.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" single-transaction' -l 'single-transaction' -d 'All or nothing: if any command fails, nothing the script did is kept, exported files included.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" echo' -l 'echo' -d 'Print each command with the prompt before its output.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" dry-run' -l 'dry-run' -d 'Run and report everything, then keep nothing (exports are written, then removed).'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo"' -l 'var' -d 'Define a script variable $NAME (repeatable).' -rfka ''
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" keep' -l 'keep' -d 'Keep what the demonstration changed (without it, everything is rolled back at the end).'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" no-shell' -l 'no-shell' -d 'End pks when the script ends, instead of staying in the shell for questions.'
complete -c 'pks' -n '__pks_should_offer_completions_for_positional "pks demo" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'pks\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" version' -l 'version' -d 'Show the version.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks demo" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks init" db' -l 'db' -d 'The database: a SQLite file, or a PostgreSQL server as postgresql://[LOGIN@][HOST][:PORT]/DBNAME[?…]; else $PKS_DB; else $XDG_DATA_HOME/pks/pks.sqlite.' -rfka ''
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks init" user' -l 'user' -d 'Log in before the first command; else $PKS_USER.' -rfka ''
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks init" no-color' -l 'no-color' -d 'No ANSI colours (also when NO_COLOR is set or output is not a terminal).'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks init" quiet' -l 'quiet' -d 'No banner and no informational chatter: results and errors only.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks init" no-pager' -l 'no-pager' -d 'Print long listings straight to the terminal; else, at a terminal, one longer than the screen goes through $PKS_PAGER, else $PAGER, else less -FRX.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks init" lang' -l 'lang' -d 'Language of messages: lv (latviešu) or en (English); else $PKS_LANG; else Latvian when LANG starts with lv.' -rfka 'lv en'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks init" admin' -l 'admin' -d 'The administrator\'s login.' -rfka ''
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks init" name' -l 'name' -d 'The administrator\'s full name.' -rfka ''
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks init" password-cost' -l 'password-cost' -d 'yescrypt cost of every password hash in this database: 7 (the default) takes about 0.1 s a hash; 1 is for test databases only.' -rfka ''
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks init" trust-client-clock' -l 'trust-client-clock' -d 'PostgreSQL training and test databases: the server takes its time from each pks\'s $PKS_NOW or $PKS_TODAY, so a demonstration\'s date holds for rights, deadlines and timestamps. Never for a real catalogue. (A SQLite file always keeps pks\'s time.)'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks init" version' -l 'version' -d 'Show the version.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks migrate" db' -l 'db' -d 'The database: a SQLite file, or a PostgreSQL server as postgresql://[LOGIN@][HOST][:PORT]/DBNAME[?…]; else $PKS_DB; else $XDG_DATA_HOME/pks/pks.sqlite.' -rfka ''
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks migrate" user' -l 'user' -d 'Log in before the first command; else $PKS_USER.' -rfka ''
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks migrate" no-color' -l 'no-color' -d 'No ANSI colours (also when NO_COLOR is set or output is not a terminal).'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks migrate" quiet' -l 'quiet' -d 'No banner and no informational chatter: results and errors only.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks migrate" no-pager' -l 'no-pager' -d 'Print long listings straight to the terminal; else, at a terminal, one longer than the screen goes through $PKS_PAGER, else $PAGER, else less -FRX.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks migrate" lang' -l 'lang' -d 'Language of messages: lv (latviešu) or en (English); else $PKS_LANG; else Latvian when LANG starts with lv.' -rfka 'lv en'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks migrate" version' -l 'version' -d 'Show the version.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks migrate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'pks' -n '__pks_should_offer_completions_for_flags_or_options "pks help" version' -l 'version' -d 'Show the version.'
