curl -d x -G -X POST http://{{HOST}}/gp
