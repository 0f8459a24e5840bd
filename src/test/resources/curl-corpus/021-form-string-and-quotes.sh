curl --form-string 'literal=@not;type=x' -F 'quoted="a;b";type=text/x' http://{{HOST}}/upload
