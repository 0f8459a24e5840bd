curl -d a=1 -d b=2 --data 'c=three four' http://{{HOST}}/join
