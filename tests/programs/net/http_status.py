# http.HTTPStatus and http.HTTPMethod: values, phrases, descriptions, aliases, categories.
from http import HTTPStatus, HTTPMethod
import http.client

print(HTTPStatus.OK, repr(HTTPStatus.OK), HTTPStatus.OK == 200, int(HTTPStatus.NOT_FOUND) + 1)
print(HTTPStatus(404).phrase, '|', HTTPStatus(404).description)
print(HTTPStatus['IM_A_TEAPOT'].phrase, HTTPStatus(103).description == '')
print(HTTPStatus.REQUEST_ENTITY_TOO_LARGE is HTTPStatus.CONTENT_TOO_LARGE,
      HTTPStatus.UNPROCESSABLE_ENTITY.name, HTTPStatus(413).name)
print(len(HTTPStatus), len(HTTPStatus.__members__))
print([s.value for s in HTTPStatus if s.is_redirection])
print([(s.is_informational, s.is_success, s.is_client_error, s.is_server_error)
       for s in (HTTPStatus.CONTINUE, HTTPStatus.CREATED, HTTPStatus.GONE, HTTPStatus.BAD_GATEWAY)])
try:
    HTTPStatus(299)
except ValueError as e:
    print('ValueError:', e)
print(sorted(HTTPMethod.__members__))
print(HTTPMethod.GET, repr(HTTPMethod.PATCH), HTTPMethod('DELETE').description, HTTPMethod.POST == 'POST')
print(http.client.responses[200], http.client.responses[511], len(http.client.responses))
print(http.client.OK is HTTPStatus.OK, http.client.NOT_FOUND.phrase)
print(f'{HTTPStatus.OK}', '%d %s' % (HTTPStatus.FOUND, HTTPStatus.FOUND.phrase), format(HTTPMethod.PUT))
