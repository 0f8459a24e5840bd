curl -H $'X-Tab: a\tb' --data-binary $'line1\nline2\x21 \u00e9 \'q\'' http://{{HOST}}/ansi
