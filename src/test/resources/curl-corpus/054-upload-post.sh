curl -X POST -T files/data.bin http://{{HOST}}/raw
