curl -X POST http://{{HOST}}/heredoc -H 'Content-Type: application/json' --data-binary @- <<'EOF'
{"multi": "line",
 "body": true}
EOF
