curl -d a=1 --data-binary 'b=2' --data-raw 'c=@3' --data-urlencode 'd=4 5' http://{{HOST}}/kinds
