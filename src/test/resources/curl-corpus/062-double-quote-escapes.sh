curl -H "X-Quote: say \"hi\" \$5 and \\ back" -d "{\"a\":\"b\"}" http://{{HOST}}/dq
