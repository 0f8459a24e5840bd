curl -k -x http://127.0.0.1:9 --noproxy 127.0.0.1 http://{{HOST}}/direct
