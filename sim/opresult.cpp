#include "opresult.h"

HttpReply OpResult::reply() const
{
    return isOk() ? HttpReply::ok(fields) : HttpReply::error(httpStatus, statusCode, message);
}
