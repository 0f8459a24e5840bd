curl -XDELETE http://{{HOST}}/items/7
