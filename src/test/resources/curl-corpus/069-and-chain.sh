# expect-warning: The text holds 3 commands
cd . && curl http://{{HOST}}/chained -H 'X-Step: 2' && echo done
