// Starts Swagger UI on this API's OpenAPI document. A file, not an inline script: the CSP allows only our own files.
window.onload = () => SwaggerUIBundle({ url: '../openapi', dom_id: '#swagger-ui', deepLinking: true });
