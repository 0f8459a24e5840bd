# expect-warning: The text holds 2 commands
curl http://{{HOST}}/amp?x=1&y=2
